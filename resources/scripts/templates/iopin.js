// An I/O pin, as the built-in iopin: on each message draws `sequence` bits (0 with
// probability `chance`, else 1), streams them one by one to every target on the channel
// named after this node, then acks "acknowledged" (or "error: ..." when a target failed).
var chance = 0.6;
var sequence = 3;
var name = "iopin";

function setup(params) {
    if (params.chance !== undefined)
        chance = Number(params.chance);
    if (params.sequence !== undefined)
        sequence = Number(params.sequence);
    name = params.name;
}

function loop(channel, message) {
    out("new tick triggered on " + channel + ": " + message);
    var bits = [];
    for (var i = 0; i < sequence; ++i)
        bits.push(Math.random() < chance ? 0 : 1);
    out("toggling pin state: [" + bits.join(", ") + "]");
    return stream("*", bits, name).then(function () {
        return "acknowledged";
    }, function (error) {
        return "error: " + error.message;
    });
}
