// A buzzer, as the built-in buzzer: acks its `sound` for "1", "..." for anything else.
var sound = "buzz buzz buzz";

function setup(params) {
    if (params.sound !== undefined)
        sound = String(params.sound);
}

function loop(channel, message) {
    var behavior = message === "1" ? sound : "...";
    out("signal " + message + " received -> " + behavior);
    return behavior;
}
