import { Provider } from '@nestjs/common';
import { API_CONFIG, ApiConfig } from '../config/api-config';
import { SecretBox } from '../security/secret-box';

/** The SecretBox over SECRET_KEYS, one per process. */
export const SECRET_BOX = Symbol('SECRET_BOX');

export const secretBoxProvider: Provider = {
  provide: SECRET_BOX,
  inject: [API_CONFIG],
  useFactory: (config: ApiConfig) => new SecretBox(config.secretKeys),
};
