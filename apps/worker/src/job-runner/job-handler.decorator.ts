import { DiscoveryService } from '@nestjs/core';
import { JobDefinition } from '@raadgiver/domain';

/** The metadata behind @JobHandler; the registry reads it from provider methods. */
export const JobHandlerMetadata = DiscoveryService.createDecorator<JobDefinition>();

/**
 * Marks a provider method as the handler of one job (a name from JOBS). The method gets the BullMQ job and
 * returns the job's result. At start-up every job must have exactly one handler.
 */
export function JobHandler(job: JobDefinition): MethodDecorator {
  return JobHandlerMetadata(job);
}
