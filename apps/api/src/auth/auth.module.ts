import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { JwtStrategy } from './jwt.strategy';
import { LocalStrategy } from './local.strategy';
import { LoginThrottleService } from './login-throttle.service';
import { SecurityEvents } from './security-events';
import { SecurityEventsResolver } from './security-events.resolver';
import { SessionRevocations } from './session-revocations';

@Module({
  imports: [PassportModule, JwtModule.register({})],
  providers: [AuthService, AuthResolver, LocalStrategy, JwtStrategy, LoginThrottleService, SessionRevocations, SecurityEvents, SecurityEventsResolver],
  exports: [JwtModule, JwtStrategy, SessionRevocations, LoginThrottleService, AuthService],
})
export class AuthModule {}
