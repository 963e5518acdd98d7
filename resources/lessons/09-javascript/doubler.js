// A component of your own: answers every tick with twice its number, and rings the buzzer on
// even ticks. setup() runs once when the node starts; loop() runs for every message, and what
// it returns (a text, or a Promise of one) is the message's ack.
var ticks = 0;

function setup(params) {
    out("ready: I am " + params.name);
}

function loop(channel, message) {
    ticks += 1;
    var n = Number(message);
    var bit = n % 2 === 0 ? "1" : "0";
    return stream("buzzer", [bit]).then(function (acks) {
        out("tick " + n + " (" + ticks + " so far): the buzzer said " + acks[0]);
        return "double: " + 2 * n;
    });
}
