// The neighbourhood picture: the JSON at #graph's data-src, drawn with vis-network (served by this site).
(function () {
  "use strict";
  const box = document.getElementById("graph");
  if (!box || typeof vis === "undefined") return;
  fetch(box.dataset.src, {headers: {"Accept": "application/json"}})
    .then((r) => r.ok ? r.json() : Promise.reject(new Error("HTTP " + r.status)))
    .then((data) => {
      const network = new vis.Network(box, {nodes: new vis.DataSet(data.nodes), edges: new vis.DataSet(data.edges)}, {
        layout: {randomSeed: 7},                       // the same picture on every load (and in the screenshots)
        physics: {stabilization: {iterations: 200}, barnesHut: {springLength: 140}},
        edges: {arrows: "to", font: {size: 10, align: "middle"}, color: {opacity: 0.6}},
        nodes: {shape: "dot", size: 12, font: {size: 13}}
      });
      network.once("stabilizationIterationsDone", () => { network.setOptions({physics: false}); box.dataset.ready = "1"; });
      network.on("doubleClick", (params) => {
        const node = params.nodes.length && data.nodes.find((n) => n.id === params.nodes[0]);
        if (node && node.url && node.url.startsWith("/")) window.location.assign(node.url);
      });
    })
    .catch((err) => { box.textContent = "The picture could not be drawn: " + err.message; });
})();
