#include "runtime/script/scriptprelude.h"

namespace wb::scriptprelude {

QString source()
{
    // Kept in ES5 style: nothing here may depend on what the sketch redefines later, so
    // every global it uses is taken once, up front.
    return QStringLiteral(R"JS(
(function (host, global, sketchSource) {
    "use strict";
    var streams = {};
    var timers = {};
    var ErrorType = Error;
    var PromiseType = Promise;
    var isArray = Array.isArray;
    var toText = String;
    var then = PromiseType.prototype.then;
    var sketchLine = /sketch\.js:(\d+)/;
    var current = 0; // the line a runaway report names (see lineOfDefinition)

    function info(e) {
        // The innermost frame of the sketch's own: an error thrown inside the prelude (a
        // setTimeout without a function) is the sketch's at the line that called it.
        var found = e instanceof ErrorType ? sketchLine.exec(toText(e.stack)) : null;
        var line = found ? Number(found[1]) : 0;
        if (e instanceof ErrorType && typeof e.sketchLine === "number")
            line = e.sketchLine; // a failed stream(): the line that called it
        if (e instanceof ErrorType)
            return { line: line, message: toText(e.name) + ": " + toText(e.message) };
        return { line: line, message: toText(e) };
    }
    // QJSEngine tells no line for an interrupted call, and a function's text is not its
    // source: the report names the line the running function is defined at (setup, loop),
    // the line that set the running timer, or for a then() callback the line of what was
    // running when then() was called.
    function lineAt(index) {
        return index < 0 ? 0 : sketchSource.slice(0, index).split("\n").length;
    }
    var definedAt = {};
    function lineOfDefinition(name) {
        if (!definedAt.hasOwnProperty(name)) {
            var found = new RegExp("function\\s+" + name + "\\s*\\(|\\b" + name + "\\s*=")
                .exec(sketchSource);
            definedAt[name] = found ? lineAt(found.index) : 0;
        }
        return definedAt[name];
    }
    function callerLine() {
        var found = sketchLine.exec(toText(new ErrorType().stack));
        return found ? Number(found[1]) : 0;
    }
    function ackText(v) {
        return v === undefined || v === null ? "n/a" : toText(v);
    }

    global.out = function (text) {
        host.out(toText(text));
    };
    global.console = {
        log: function () {
            var parts = [];
            for (var i = 0; i < arguments.length; ++i)
                parts.push(toText(arguments[i]));
            host.out(parts.join(" "));
        }
    };
    global.stream = function (target, items, channel) {
        var list = isArray(items) ? items : [items];
        var texts = [];
        for (var i = 0; i < list.length; ++i)
            texts.push(toText(list[i]));
        var to = target === undefined || target === null ? "*" : toText(target);
        var on = channel === undefined || channel === null ? "stream" : toText(channel);
        var id = host.stream(to, texts, on);
        // What a rejection names: the line that called stream(). The Error keeps its frames;
        // its stack's text is built only if it is read (on a failure).
        var caller = new ErrorType();
        return new PromiseType(function (resolve, reject) {
            streams[id] = [resolve, reject, caller];
        });
    };
    function addTimer(fn, ms, repeat, args) {
        if (typeof fn !== "function")
            throw new TypeError((repeat ? "setInterval" : "setTimeout") + ": the first argument must be a function");
        var delay = Number(ms);
        if (!(delay > 0))
            delay = 0;
        var id = host.addTimer(delay, repeat);
        timers[id] = { fn: fn, args: args, repeat: repeat, line: callerLine() };
        return id;
    }
    global.setTimeout = function (fn, ms) {
        return addTimer(fn, ms, false, Array.prototype.slice.call(arguments, 2));
    };
    global.setInterval = function (fn, ms) {
        return addTimer(fn, ms, true, Array.prototype.slice.call(arguments, 2));
    };
    global.clearTimeout = function (id) {
        if (timers.hasOwnProperty(id)) {
            delete timers[id];
            host.clearTimer(Number(id));
        }
    };
    global.clearInterval = global.clearTimeout;
    Math.random = function () {
        return host.random();
    };
    // Reactions run later from the engine's event loop, not from a call of the host's: each
    // one is watched as a call of its own, so that an endless loop in a then() is interrupted
    // like one in loop().
    function watched(fn) {
        if (typeof fn !== "function")
            return fn;
        var line = current;
        return function (value) {
            host.begin();
            current = line;
            try {
                return fn.call(this, value);
            } finally {
                host.end();
            }
        };
    }
    PromiseType.prototype.then = function (onFulfilled, onRejected) {
        return then.call(this, watched(onFulfilled), watched(onRejected));
    };

    return {
        setup: function (params) {
            var setup = global.setup;
            if (typeof setup !== "function")
                return null;
            current = lineOfDefinition("setup");
            try {
                setup(params);
            } catch (e) {
                return info(e);
            }
            return null;
        },
        dispatch: function (id, channel, message) {
            var loop = global.loop;
            if (typeof loop !== "function") {
                host.ack(id, "n/a");
                return;
            }
            current = lineOfDefinition("loop");
            var result;
            try {
                result = loop(channel, message);
            } catch (e) {
                var i = info(e);
                host.loopError(id, i.line, i.message);
                return;
            }
            if (result !== null && result !== undefined
                    && (typeof result === "object" || typeof result === "function")
                    && typeof result.then === "function") {
                try {
                    // then itself, not the watched one: these two callbacks only pass the
                    // ack on, they never run away.
                    (result instanceof PromiseType ? then : result.then).call(result, function (v) {
                        host.ack(id, ackText(v));
                    }, function (e) {
                        // A failed stream() rejects with an Error made here: no line of
                        // the sketch's own, so the line loop() starts at.
                        var i = info(e);
                        host.loopError(id, i.line || lineOfDefinition("loop"), i.message);
                    });
                } catch (e) {
                    var j = info(e);
                    host.loopError(id, j.line, j.message);
                }
                return;
            }
            host.ack(id, ackText(result));
        },
        fire: function (id) {
            var t = timers[id];
            if (!t)
                return;
            if (!t.repeat)
                delete timers[id];
            current = t.line;
            try {
                t.fn.apply(undefined, t.args);
            } catch (e) {
                var i = info(e);
                host.timerError(i.line, i.message);
            }
        },
        where: function () {
            return current;
        },
        settle: function (id, ok, acks, error) {
            var s = streams[id];
            if (!s)
                return;
            delete streams[id];
            if (ok) {
                s[0](acks);
            } else {
                var failure = new ErrorType(error);
                var found = sketchLine.exec(toText(s[2].stack));
                failure.sketchLine = found ? Number(found[1]) : 0;
                s[1](failure);
            }
        }
    };
})
)JS");
}

} // namespace wb::scriptprelude
