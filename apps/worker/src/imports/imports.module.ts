import { Module } from '@nestjs/common';
import { InquiryImportService } from './inquiry-import.service';

@Module({ providers: [InquiryImportService], exports: [InquiryImportService] })
export class ImportsModule {}
