import { useEffect, useState } from 'react';
import { api } from '../api/client';

/** slug → name, from the public skills taxonomy (GET /api/v1/skills). */
export type SkillNames = ReadonlyMap<string, string>;

/** What a recruiter reads for a skill: its name when the taxonomy has it, otherwise its slug. Pure. */
export function skillLabel(names: SkillNames, slug: string): string {
  return names.get(slug) ?? slug;
}

/** Skill names by slug from a skills list. Pure. */
export function skillNamesFrom(items: readonly { slug: string; name: string }[]): SkillNames {
  return new Map(items.map((s) => [s.slug, s.name]));
}

// One request per page load, shared by every table that shows skills; a failed load is tried again next time.
let loading: Promise<SkillNames> | null = null;

function loadSkillNames(): Promise<SkillNames> {
  loading ??= api.GET('/api/v1/skills').then(({ data }) => {
    if (!data) {
      loading = null;
      return new Map();
    }
    return skillNamesFrom(data.items);
  });
  return loading;
}

/**
 * The skills taxonomy's names, for pages that list a draft's, a form's or a report's skills by slug. Until it
 * has loaded (or if it cannot), slugs are shown as they are.
 */
export function useSkillNames(): SkillNames {
  const [names, setNames] = useState<SkillNames>(() => new Map());
  useEffect(() => {
    let live = true;
    void loadSkillNames()
      .then((loaded) => live && setNames(loaded))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  return names;
}
