import { Link } from 'react-router-dom';
import { useTitle } from '../components/layout';

export function NotFoundPage() {
  useTitle('Page not found');
  return (
    <section>
      <h1>Page not found</h1>
      <p>There is nothing at this address.</p>
      <p>
        <Link to="/">Browse the role catalog</Link>
      </p>
    </section>
  );
}
