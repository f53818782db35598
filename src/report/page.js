// SPDX-License-Identifier: Apache-2.0
// The report page's script (jixiao report): draws the charts with ECharts from the
// JSON the library wrote into the page, and applies the severity filters. It
// computes no figure: amounts are exact 万元 strings, turned into numbers only to
// scale the bars; the tables print the library's figures.
(function () {
  'use strict';
  const data = JSON.parse(document.getElementById('jixiao-report-data').textContent);
  const charts = [];

  function draw(id, option) {
    const el = document.getElementById(id);
    if (!el) return;
    const chart = echarts.init(el, null, { renderer: 'svg' });
    chart.setOption(Object.assign({ animation: false, tooltip: {} }, option));
    charts.push(chart);
  }

  // Many projects: no labels under the bars, and a zoom slider.
  function categoryAxis(names) {
    const many = names.length > 20;
    return {
      xAxis: { type: 'category', data: names, axisLabel: { show: !many, interval: 0, rotate: 30, width: 120, overflow: 'truncate' } },
      dataZoom: many ? [{ type: 'slider', start: 0, end: Math.min(100, (20 / names.length) * 100) }, { type: 'inside' }] : [],
      grid: { containLabel: true, left: 40, right: 16, top: 36, bottom: many ? 48 : 8 },
    };
  }

  draw('chart-level1', {
    xAxis: { type: 'category', data: data.level1.map((l) => l.name) },
    yAxis: { type: 'value', minInterval: 1 },
    grid: { left: 48, right: 16, top: 24, bottom: 32 },
    series: [{ type: 'bar', data: data.level1.map((l) => l.count), label: { show: true, position: 'top' } }],
  });

  draw('chart-kinds', {
    legend: { bottom: 0 },
    series: [{
      type: 'pie', radius: ['35%', '65%'], label: { formatter: '{b}：{c}' },
      data: data.kinds.filter((k) => k.count > 0).map((k) => ({ name: k.name, value: k.count })),
    }],
  });

  const projects = data.funds.map((f) => f.project);
  draw('chart-funds', Object.assign(categoryAxis(projects), {
    legend: { top: 0 },
    yAxis: { type: 'value', name: '万元' },
    tooltip: { trigger: 'axis', valueFormatter: (v) => (v === null || v === undefined ? '—' : String(v)) },
    series: [
      { name: '项目资金总额', type: 'bar', data: data.funds.map((f) => (f.total === null ? null : Number(f.total))) },
      { name: '年度资金申请总额', type: 'bar', data: data.funds.map((f) => (f.annual === null ? null : Number(f.annual))) },
    ],
  }));

  if (data.scores) {
    const names = data.scores.projects.map((p) => p.project);
    draw('chart-scores', Object.assign(categoryAxis(names), {
      legend: { top: 0 },
      yAxis: { type: 'value', max: 100 },
      tooltip: { trigger: 'axis' },
      series: data.scores.parts.map((part) => ({
        name: part, type: 'bar', stack: 'total',
        data: data.scores.projects.map((p) => (part in p.parts ? Number(p.parts[part]) : 0)),
      })),
    }));
    draw('chart-grades', {
      legend: { bottom: 0 },
      series: [{
        type: 'pie', radius: ['35%', '65%'], label: { formatter: '{b}：{c}' },
        data: data.grades.filter((g) => g.count > 0).map((g) => ({ name: g.name, value: g.count })),
      }],
    });
  }

  const resize = () => charts.forEach((c) => c.resize());
  window.addEventListener('resize', resize);
  window.addEventListener('beforeprint', resize);

  // Filters: a finding shows when its severity is ticked; a row is highlighted by
  // the worst severity shown among its findings; "only with findings" hides the
  // cards that show none.
  const boxes = Array.from(document.querySelectorAll('#filters input[data-severity]'));
  const only = document.getElementById('only-with-findings');
  const order = ['error', 'warning', 'info'];
  function apply() {
    const shown = new Set(boxes.filter((b) => b.checked).map((b) => b.dataset.severity));
    for (const f of document.querySelectorAll('.finding')) f.hidden = !shown.has(f.dataset.severity);
    for (const row of document.querySelectorAll('tr.indicator[data-severities]')) {
      const here = row.dataset.severities.split(' ');
      const worst = order.find((s) => shown.has(s) && here.includes(s));
      row.classList.remove('hl-error', 'hl-warning', 'hl-info');
      if (worst) row.classList.add(`hl-${worst}`);
    }
    for (const card of document.querySelectorAll('article.declaration')) {
      const here = card.dataset.severities ? card.dataset.severities.split(' ') : [];
      card.hidden = only.checked && !here.some((s) => shown.has(s));
    }
  }
  boxes.forEach((b) => b.addEventListener('change', apply));
  only.addEventListener('change', apply);
  document.body.dataset.ready = 'true';
})();
