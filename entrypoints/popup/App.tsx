export function App() {
  return (
    <main style={{ width: 360, padding: 12, fontFamily: 'system-ui, sans-serif' }}>
      <h1 style={{ fontSize: 16, margin: 0 }}>Jobmark</h1>
      <p>Open a job posting and Jobmark will read it for you.</p>
      <a href="/dashboard.html" target="_blank" rel="noreferrer">
        Open dashboard
      </a>
    </main>
  );
}
