import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { api, type Schemas } from '../api/client';
import { useTitle } from '../components/layout';
import { LEVEL_NAMES, LEVEL_ORDER, proficiencyText, yearsText } from './role-format';

type Role = Schemas['RolePageDto'];

/**
 * The public role page. The server already sends this content as HTML (readable without JavaScript);
 * this component renders the same markup from the API once the app runs.
 */
export function RolePage() {
  const { slug = '' } = useParams();
  const [role, setRole] = useState<Role | null>(null);
  const [missing, setMissing] = useState(false);
  useTitle(role ? `${role.title} — skills, levels and requirements` : missing ? 'Role not found' : '');

  useEffect(() => {
    let live = true;
    void api.GET('/api/v1/roles/{slug}', { params: { path: { slug } } }).then(({ data }) => {
      if (!live) return;
      if (data) setRole(data);
      else setMissing(true);
    });
    return () => {
      live = false;
    };
  }, [slug]);

  if (missing) {
    return (
      <section>
        <h1>Role not found</h1>
        <p>There is no published role at this address.</p>
        <p>
          <Link to="/">Browse all roles</Link>
        </p>
      </section>
    );
  }
  if (!role) return <p role="status">Loading the role…</p>;
  return <RoleView role={role} />;
}

export function RoleView({ role }: { role: Role }) {
  const levels = [...role.levels].sort(
    (a, b) => LEVEL_ORDER.indexOf(a.level as never) - LEVEL_ORDER.indexOf(b.level as never),
  );
  return (
    <article className="role">
      <p className="eyebrow">{role.category}</p>
      <h1>{role.title}</h1>
      <p className="lead">{role.summary}</p>
      <p>
        <a className="button button-primary" href={`/signup?role=${encodeURIComponent(role.slug)}`}>
          Create an assessment
        </a>
      </p>
      <section aria-labelledby="role-about">
        <h2 id="role-about">About the role</h2>
        <p>{role.description}</p>
      </section>
      <section aria-labelledby="role-responsibilities">
        <h2 id="role-responsibilities">Responsibilities</h2>
        <ul className="bullets">
          {role.responsibilities.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="role-levels">
        <h2 id="role-levels">Levels</h2>
        <ol className="level-grid">
          {levels.map((l) => (
            <li key={l.level} className="card">
              <h3>{l.title}</h3>
              <p className="meta">
                {LEVEL_NAMES[l.level] ?? l.level} · {yearsText(l.yearsOfExperience)}
              </p>
              <p>{l.summary}</p>
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="role-requirements">
        <h2 id="role-requirements">Requirements</h2>
        <table className="requirements">
          <caption>Expected proficiency per level, from 0 (none) to 4 (expert)</caption>
          <thead>
            <tr>
              <th scope="col">Skill</th>
              <th scope="col">Importance</th>
              {LEVEL_ORDER.map((l) => (
                <th scope="col" key={l}>
                  {LEVEL_NAMES[l]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {role.requirements.map((r) => (
              <tr key={r.skill.slug}>
                <th scope="row">
                  <span className="skill-name">{r.skill.name}</span>
                  <span className="skill-desc">{r.description}</span>
                </th>
                <td data-label="Importance">{r.importance} of 5</td>
                {LEVEL_ORDER.map((l) => (
                  <td key={l} data-label={LEVEL_NAMES[l]}>
                    {proficiencyText(r.expectedProficiency[l])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </article>
  );
}
