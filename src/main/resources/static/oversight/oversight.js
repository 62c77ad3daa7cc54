// Draws the oversight page's charts with Chart.js; the same figures are in the tables below them.
(function () {
  const data = JSON.parse(document.getElementById('chart-data').textContent);
  Object.keys(data).forEach(function (id) {
    const canvas = document.getElementById(id);
    const values = data[id];
    if (!canvas || !window.Chart) {
      return;
    }
    new window.Chart(canvas, {
      type: 'bar',
      data: {
        labels: Object.keys(values),
        datasets: [{ data: Object.values(values), backgroundColor: '#1d5a8c' }]
      },
      options: {
        animation: false,
        indexAxis: 'y',
        plugins: { legend: { display: false } },
        scales: { x: { beginAtZero: true, ticks: { precision: 0 } } }
      }
    });
  });
})();
