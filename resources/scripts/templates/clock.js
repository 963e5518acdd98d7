// A clock, as the built-in clock: sends tick n ("0", "1", ... or its `message`) to every
// target on the channel "datafeed", waits for every ack, then waits `delay` seconds before the
// next tick; `tacks` ticks in all (-1: for ever). The first tick waits `start` seconds.
var tacks = 5;
var delay = 1;
var start = 0;
var message = null;
var next = 0;

function setup(params) {
    if (params.tacks !== undefined)
        tacks = Number(params.tacks);
    if (params.delay !== undefined)
        delay = Number(params.delay);
    if (params.start !== undefined)
        start = Number(params.start);
    if (params.message !== undefined)
        message = String(params.message);
    setTimeout(tick, start * 1000);
}

function tick() {
    if (tacks >= 0 && next >= tacks)
        return;
    var payload = message === null ? String(next) : message;
    ++next;
    out("> " + payload);
    stream("*", [payload], "datafeed").then(function (acks) {
        for (var i = 0; i < acks.length; ++i)
            out("< " + acks[i]);
        setTimeout(tick, delay * 1000);
    }, function (error) {
        out(error.message + "; trying again on the next tick");
        setTimeout(tick, delay * 1000);
    });
}
