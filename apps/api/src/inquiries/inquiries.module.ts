import { Module } from '@nestjs/common';
import { InquiriesResolver } from './inquiries.resolver';
import { InquiriesService } from './inquiries.service';
import { InquiryHydration } from './inquiry-hydration';

@Module({ providers: [InquiriesService, InquiriesResolver, InquiryHydration] })
export class InquiriesModule {}
