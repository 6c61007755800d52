export function App() {
  return (
    <main style={{ padding: 24, fontFamily: 'system-ui, sans-serif' }}>
      <h1>Saved roles</h1>
      <p>No saved roles yet. Open a job posting and press Save.</p>
    </main>
  );
}
