// Presenter page: poll the classroom's status every 3 s and reload the chart when the answers changed.
(function () {
  var me = document.getElementById("live"), chart = document.getElementById("chart"),
      count = document.getElementById("count"), empty = document.getElementById("empty"), last = null;
  var statusUrl = me.getAttribute("data-status"), chartUrl = me.getAttribute("data-chart");
  function tick() {
    fetch(statusUrl, {cache: "no-store"}).then(function (r) { return r.json(); }).then(function (s) {
      count.textContent = s.answers;
      empty.hidden = s.answers > 0;
      if (s.version !== last) { last = s.version; chart.src = chartUrl + "&v=" + encodeURIComponent(s.version); }
    }).catch(function () {});
  }
  setInterval(tick, 3000);
  tick();
})();
