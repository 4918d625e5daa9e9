/*
 * The chief examiner's agreement charts. Chart.js options that JSON cannot carry live here, in a
 * file the page loads, because the Content-Security-Policy runs no script written into the page.
 */
(function () {
    "use strict";

    function signed(value) {
        return (value > 0 ? "+" : "") + value.toFixed(1);
    }

    /* Extender of the severity chart: values with their sign, in percentage points. */
    window.techbrokerSeverityChart = function () {
        var options = this.cfg.config.options = this.cfg.config.options || {};
        options.plugins = options.plugins || {};
        options.plugins.tooltip = {
            callbacks: {
                label: function (context) {
                    return context.raw === null ? "—" : signed(context.raw);
                }
            }
        };
        options.scales = options.scales || {};
        options.scales.y = options.scales.y || {};
        options.scales.y.ticks = { callback: function (value) { return signed(value); } };
    };

    /* Extender of the agreement chart: values in percent. */
    window.techbrokerAgreementChart = function () {
        var options = this.cfg.config.options = this.cfg.config.options || {};
        options.plugins = options.plugins || {};
        options.plugins.tooltip = {
            callbacks: {
                label: function (context) {
                    return context.dataset.label + ": " + (context.raw === null ? "—" : context.raw.toFixed(1) + " %");
                }
            }
        };
        options.scales = options.scales || {};
        options.scales.y = options.scales.y || {};
        options.scales.y.ticks = { callback: function (value) { return value + " %"; } };
    };
}());
