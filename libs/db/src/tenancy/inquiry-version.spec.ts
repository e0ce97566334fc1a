import { QueryRunner } from 'typeorm';
import { InquiryVersion1732300000013 } from '../migrations/1732300000013-inquiry-version';
import { INQUIRY_VERSION_DEFERRED } from './inquiry-version';

describe('the deferred inquiry version setting', () => {
  it('is the one the trigger of migration 1732300000013 reads', async () => {
    const statements: string[] = [];
    const runner = { query: async (sql: string) => void statements.push(sql) } as unknown as QueryRunner;
    await new InquiryVersion1732300000013().up(runner);
    expect(statements.join('\n')).toContain(`current_setting('${INQUIRY_VERSION_DEFERRED}', true)`);
  });
});
