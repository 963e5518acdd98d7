// An LED, as the built-in led: acks "on" for "1", "off" for anything else.
function loop(channel, message) {
    var ack = message === "1" ? "on" : "off";
    out("signal " + message + " received -> " + ack);
    return ack;
}
