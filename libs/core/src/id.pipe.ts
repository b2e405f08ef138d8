import { Injectable, PipeTransform } from '@nestjs/common';
import { isUuid } from './ids';
import { notFound } from './problem';

/** A path id that is not a UUID is simply not found — the same answer as another tenant's id. */
@Injectable()
export class ParseIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!isUuid(value)) throw notFound();
    return value.toLowerCase();
  }
}
