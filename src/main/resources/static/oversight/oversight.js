// Draws the oversight page's charts with Chart.js; the same figures are in the tables below them.
(function () {
  // Okabe-Ito colours (told apart with colour blindness), and a point shape and dash per line.
  const COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9'];
  const POINTS = ['circle', 'rect', 'triangle', 'rectRot', 'crossRot', 'star'];
  const DASHES = [[], [6, 4], [2, 3], [10, 3, 2, 3], [4, 4], [1, 2]];
  const data = JSON.parse(document.getElementById('chart-data').textContent);
  Object.keys(data).forEach(function (id) {
    const canvas = document.getElementById(id);
    const chart = data[id];
    if (!canvas || !window.Chart) {
      return;
    }
    const line = chart.type === 'line';
    const many = chart.datasets.length > 1;
    const datasets = chart.datasets.map(function (set, i) {
      const colour = COLOURS[i % COLOURS.length];
      return {
        label: set.label,
        data: set.data,
        backgroundColor: colour,
        borderColor: colour,
        borderWidth: line ? 2 : 0,
        borderDash: line ? DASHES[i % DASHES.length] : undefined,
        pointStyle: POINTS[i % POINTS.length],
        pointRadius: line ? 4 : undefined,
        spanGaps: false
      };
    });
    const valueAxis = {
      beginAtZero: true,
      stacked: chart.stacked,
      ticks: { precision: 0 }
    };
    if (chart.percent) {
      valueAxis.max = 100;
      valueAxis.ticks.callback = function (value) { return value + '%'; };
    }
    const labelAxis = { stacked: chart.stacked };
    new window.Chart(canvas, {
      type: chart.type,
      data: { labels: chart.labels, datasets: datasets },
      options: {
        animation: false,
        maintainAspectRatio: false,
        indexAxis: chart.horizontal ? 'y' : 'x',
        plugins: {
          legend: { display: many, labels: { usePointStyle: line } },
          tooltip: chart.percent ? {
            callbacks: { label: function (c) { return c.dataset.label + ': ' + (c.raw === null ? 'none due' : c.raw + '%'); } }
          } : {}
        },
        scales: chart.horizontal ? { x: valueAxis, y: labelAxis } : { x: labelAxis, y: valueAxis }
      }
    });
  });
})();
