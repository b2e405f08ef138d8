import { decodeCursor, encodeCursor, isUuid, Page } from '@assay/core';

/** Lists are ordered by id: UUIDv7 ids sort by creation time, so the last id is an exact cursor. */
export function afterId(cursor: string | undefined): string | undefined {
  return decodeCursor(cursor, (v): v is string => isUuid(v));
}

/** Rows fetched with `limit + 1`: the extra row only says there is a next page. */
export function toPage<R, T>(rows: R[], limit: number, id: (row: R) => string, map: (row: R) => T): Page<T> {
  const more = rows.length > limit;
  const items = more ? rows.slice(0, limit) : rows;
  return {
    items: items.map(map),
    nextCursor: more && items.length ? encodeCursor(id(items[items.length - 1])) : null,
  };
}

export const DEFAULT_PAGE_SIZE = 20;
