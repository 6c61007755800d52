export function App() {
  return (
    <main style={{ padding: 24, fontFamily: 'system-ui, sans-serif' }}>
      <h1>Jobmark settings</h1>
    </main>
  );
}
