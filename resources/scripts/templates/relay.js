// A relay, as the built-in proxy: passes every message on, unchanged and on the same channel,
// to every target, and answers with the first target's ack (or "error: ..." when a target
// failed). Without a target it refuses with an error ack.
var name = "relay";

function setup(params) {
    name = params.name;
}

function loop(channel, message) {
    out("relaying " + message + " on " + channel);
    return stream("*", [message], channel).then(function (acks) {
        if (acks.length === 0)
            return "error: " + name + " has no target to relay to";
        return acks[0];
    }, function (error) {
        return "error: " + error.message;
    });
}
