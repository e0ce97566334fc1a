import { defaultJobOptions } from '@raadgiver/domain';

/** The shared job options (defaultJobOptions) as BullMQ takes them: its types want mutable objects. */
export function jobOptions() {
  return {
    attempts: defaultJobOptions.attempts,
    backoff: { ...defaultJobOptions.backoff },
    removeOnComplete: { ...defaultJobOptions.removeOnComplete },
    removeOnFail: { ...defaultJobOptions.removeOnFail },
  };
}
