/*
 * The item analysis page's charts. Chart.js options that JSON cannot carry live here, in a file the
 * page loads, because the Content-Security-Policy runs no script written into the page itself.
 */
(function () {
    "use strict";

    /* Extender of the facility/discrimination chart: each point's tooltip names its item. */
    window.techbrokerItemAnalysisScatter = function () {
        var options = this.cfg.config.options = this.cfg.config.options || {};
        options.plugins = options.plugins || {};
        options.plugins.tooltip = {
            callbacks: {
                label: function (context) {
                    var point = context.raw;
                    return point.item + ": " + point.x.toFixed(2) + " / " + point.y.toFixed(2);
                }
            }
        };
    };
}());
