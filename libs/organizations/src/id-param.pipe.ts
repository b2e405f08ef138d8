import { PipeTransform } from '@nestjs/common';
import { isUuid, notFound } from '@assay/core';

/** A path id: anything that is not a UUID is simply not found, exactly like another tenant's id. */
export class IdParam implements PipeTransform<string, string> {
  constructor(private readonly what: string) {}

  transform(value: string): string {
    if (!isUuid(value)) throw notFound(this.what);
    return value.toLowerCase();
  }
}
