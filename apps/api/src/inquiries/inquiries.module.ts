import { Module } from '@nestjs/common';
import { InquiriesResolver } from './inquiries.resolver';
import { InquiriesService } from './inquiries.service';
import { InquiryHydration } from './inquiry-hydration';
import { InquiryTotals } from './inquiry-totals';

@Module({ providers: [InquiriesService, InquiriesResolver, InquiryHydration, InquiryTotals] })
export class InquiriesModule {}
