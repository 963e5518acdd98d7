<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>QObject</name>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut every connection without a goodbye and stop the component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wake Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer again, overdue timers first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep every connection open but answer nothing, not even pings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crash, then start again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type lines on the card for the keyboard to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Script…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in Plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Faults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop 30 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delay 200 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate 20 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Faults…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Wire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>once at %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every %1 s from %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 s from %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p(0) %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>silent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relays both ways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>sketch, reloaded %n time(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>JavaScript sketch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ring member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runs elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discovered in the registry%1: read-only, not saved in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listens on %1: other machines can reach it without a token (Run ▸ Network Security…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listens on %1: other machines need the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click on the canvas to place a %1; Escape cancels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>types lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when it runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>double-click to type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drops new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drops old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2 full</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n blocked</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dropped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>waits %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>random time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fixed time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>prints what it gets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the wire on a node to connect it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wired %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (retry %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot make %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wss, TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plain ws://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open: any machine on the network may send it messages (%1, no token). Set a token in Run ▸ Network Security…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other machines can reach this node (%1); it refuses clients without the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (docs/security.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no keyboard to type at: place one from the Components.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has crashed: restart it (its menu on the canvas) to type there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hangs: wake it up (its menu on the canvas) to type there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not run: Run (F5) starts the circuit, or Start in its inspector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not start: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %L1 characters at once; this text has %L2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not take the line: 100,000 lines wait there already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bypass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✕ dead to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>? suspected by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 +%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 believes %2 dead</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 suspects %2: no pong in time, asking other members to probe it</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1&apos;s successor is %2, not %3 (where its wire goes): the ring closes round it. It goes when the ring is whole again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered the unsaved changes to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>healthvisuals</name>
    <message>
        <source>health unknown: not watched (nothing runs), or the first attempt is under way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>health: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last ping round trip: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next attempt in %L1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb</name>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 edges within this pixel: zoom in to see them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no level known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes within this pixel, between %2 and %3: zoom in to see them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 from %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full: what comes now waits or is dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ack of message #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 held at %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 went on at %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 delayed by %2 at %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 dropped at %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 duplicated at %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message #%1 sent again at %2 (attempt %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message %1 received again at %2 (a copy seen before)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an extra ack %1 of message #%2 at %3 (expected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent, failed at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message %1 (#%2) sent at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message %1 received at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for its answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ack %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>round trip %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click: select the node. Drag: move the row. Right-click: hide, colour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message id %1 · attempt %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received at %1 · latency %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropped by the gate at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held at the gate, waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second delivery (the gate duplicated it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the receiver is not recorded: its times are estimated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ack “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · round trip %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canvas order (left to right)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::AddressLinks</name>
    <message>
        <source>%1 is not ws://HOST:PORT</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::Admission</name>
    <message>
        <source>port %1 on %2 is already in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot listen on %1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot accept a connection: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropped at the connection cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropped: %1 handshakes under way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>turned away: %1 handshakes under way, each with a request still to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 connections, this node&apos;s cap: not accepting until one ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 connections in this process, its cap: not accepting until one ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, this was the oldest idle handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handshake refused (HTTP %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::Autosave</name>
    <message>
        <source>%1: recovery: missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create the recovery folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot lock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::ChartView</name>
    <message>
        <source>No messages yet. Run the circuit: every message appears here as an arrow from its sender to its receiver, time flowing downwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every lifeline is hidden. Right-click to show them again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::ChatModel</name>
    <message>
        <source>said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>came back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 came back after %2 in %L3 ms: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2, hop %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2
message %3 from %4, hop %5%6
%7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %L1 ms round the ring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::Circuit</name>
    <message>
        <source>That wire has no node at one of its ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A node cannot be wired to itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no output: only a clock, an iopin, a proxy or a ring node sends messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A clock has no input: it only sends ticks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already wired to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name is 1 to 64 letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name %1 is taken.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::CircuitEditor</name>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add %n nodes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A ring has %1 to %2 members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Insert a ring of %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n nodes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A clock has no server, so no host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A host is a name or an address of at most 253 characters, without spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs here, so its host must be an IP address of this machine or localhost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set host of %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A clock has no server, so no port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A port is a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set port of %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was discovered in the registry: it is not part of the circuit and cannot be changed or deleted here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wire %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unwire %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set faults of %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set channel of %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the run&apos;s seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the fault schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move %n nodes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wb::CircuitFormat</name>
    <message>
        <source>node: no such node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node: %1 does not run here: it cannot %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file: larger than %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: nested deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>root: must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing or not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 is not supported (this Wirebench reads up to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing or not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 nodes; at most %2 are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a version 1 file has none (use version 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: cannot read: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: larger than %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: cannot write: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sends nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot receive from &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already wired to &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a node must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing or not a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a name: use 1 to 64 of A-Z a-z 0-9 _ . -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot; (expected one of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this %1 needs a port from 1 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no server, so no port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a version 2 file lists its wires in &quot;wires&quot;, not in the nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a node name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be {&quot;x&quot;: number, &quot;y&quot;: number} within ±1e7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing or not a node name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no node is named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 wires; at most %2 are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a wire must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number from 1 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number from 0 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 faults; at most %2 are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a scheduled fault must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number of ms from 0 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot; (expected crash, hang or restart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2: it does not run here, so it cannot %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: %1 is not a probability from 0 to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: %1 is not a %2 from 0 to %3 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: not uniform or normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ack_timeout_ms: %1 is not a timeout from 0 (the default) to %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retries: %1 is not a number of retries from 0 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at_ms: %1 is not a run time from 0 to %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for_ms: %1 is not a duration from 0 to %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for_ms: a restart comes back at once: leave for_ms out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action: not crash, hang or restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeout %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: unknown field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.jitter: unknown jitter &quot;%1&quot; (expected uniform or normal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.cut: must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at most %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must name at most 16 contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a parameter of a script: its own parameters are identifiers other than name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a text, a number or true/false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only an iopin or a worker takes a seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a parameter of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no file given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a channel: &quot;/&quot; and up to %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a channel: only printable ASCII without spaces, &apos;?&apos; or &apos;#&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::ConsoleModel</name>
    <message>
        <source>%1 printed what %2 sent:
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 printed what %2 sent on channel %3:
%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::ConsolePanel</name>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose lines show; selecting a console on the canvas picks it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the lines shown, and the consoles&apos; own history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyboard your line is typed at; selecting a keyboard on the canvas picks it too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the line at the picked keyboard (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no keyboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a line for %1, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place a keyboard (Components) to type lines here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::CrashRecovery</name>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wirebench did not close properly. Recover the unsaved changes to “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They were saved automatically on %1. Discard deletes them; Later keeps them for the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::DeliveryController</name>
    <message>
        <source>resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>teaching pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropped by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicated by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stepped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::Discovery</name>
    <message>
        <source>the registry granted no lease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registry %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history compacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registry %1: watch cancelled (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name: missing or not a node name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host: missing or not a host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port: must be from 1 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2:%3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::DiscoveryControl</name>
    <message>
        <source>Set the registry&apos;s address first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discovery is off: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The etcd registry the nodes register with (docs/discovery.md):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a registry address: %1

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry %1: %2; trying again, the circuit keeps running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry: &quot;%1&quot; is not shown: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry unreachable · retrying in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry unreachable · retrying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry: connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry: %1 discovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discovering nodes at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · 1 conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not shown: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::DockTitleBar</name>
    <message>
        <source>Float or dock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this panel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::DocumentController</name>
    <message>
        <source>Wirebench circuits (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes are lost if you don&apos;t save them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save circuit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open circuit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::Endpoint</name>
    <message numerus="yes">
        <source>%n more connection(s) refused or closed in the last second</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>cannot listen on &quot;%1&quot;: give an IP address, localhost, 0.0.0.0 or ::</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (code %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>; %n binary frame(s) answered with an error</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>binary frame of %1 bytes on %2: answered with an error ack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 messages or %2 bytes sent ahead of their acks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ack is over %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary frames are not part of the protocol; send text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the peer does not read: %1 bytes waiting for it, the cap is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed by this node, code %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::InspectorWidget</name>
    <message>
        <source>How many messages the queue holds, 1 to %L1; its memory is bounded by it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a full queue does with one more message: hold its ack back until there is room (a stop-and-wait producer waits: backpressure), or drop it, or drop the oldest waiting one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the worker takes over each message, in run time (pause and slow motion reach it); the mean when random</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed: every message takes the service time; random: exponentially distributed with that mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fixed seed makes the random service times repeatable; empty: the run&apos;s seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many lines the console keeps for the Console dock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds of run time before the first tick (the seed&apos;s slow task sleeps 10 s); empty: at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each tick sends instead of its number (at most 1024 characters); empty: the number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each line goes to the keyboard&apos;s targets once every target has answered the one before: a full queue that holds its ack back holds the keyboard back. Type on its card too (double-click it) or in the Console dock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>block the producer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drop the newest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drop the oldest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>random (exponential)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the run&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lines it prints show in the Console dock (View ▸ Console).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tick&apos;s number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter sends the line to the keyboard&apos;s targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the line at the keyboard (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A line for its targets, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the keyboard to type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member&apos;s place on the ring, 0 to 4294967295; empty: the first four bytes of the SHA-1 of its name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many members after it the member keeps in its successor list: with 3, two neighbours may die at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often the member pings its successor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pong for this long: the successor is suspected, and other members are asked to probe it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long an indirect probe waits for the suspect&apos;s pong before it counts as failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many other members are asked to probe a suspect (SWIM); 0: a suspect that misses one more ping is dead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often the member asks its successor for its predecessor and list, and notifies it (Chord)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat messages passed on this recently are sent again to a new successor when the old one dies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members to join through, ws://HOST:PORT, comma-separated; without: the node its wire goes to, then the circuit&apos;s other ring nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Successors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heartbeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspect after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probe timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stabilise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resend window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its wire&apos;s node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say something round the ring in the Ring Chat (View ▸ Ring Chat); docs/ring.md explains the parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many ticks the clock sends (forever: until stopped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds between the acknowledged tick and the next one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability that a drawn bit is 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many bits the pin draws and streams per tick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fixed random seed makes the bits repeatable; empty: random</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the buzzer answers to a 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a node or a wire to see and edit its settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop this node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start this node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unique in the circuit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address the node listens on (or runs at)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A running node restarts on its new port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen on the network (all addresses)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked: the node listens on 0.0.0.0, unchecked: on 127.0.0.1 only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chance of 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bits per tick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>random</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An LED has no parameters: it glows on 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A proxy has no parameters. It relays every message to its target and the target&apos;s ack back, both through this workbench: pause, step and the fault rules of its wires reach traffic between nodes that run elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discovered in the registry%1. It comes and goes with its registration and is not saved in the circuit file: it cannot be renamed, edited or deleted here, and its place on the canvas is not kept. Wire a clock, an iopin or a proxy to it like to any other node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An external node runs elsewhere; wires reach it at its host and port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A script node runs its JavaScript sketch: setup(params) once, then loop(channel, message) for every message, whose return value is the ack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Script…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the sketch in the Script dock (or double-click the card)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::KeyboardLineEditor</name>
    <message>
        <source>Type a line, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter sends the line to the keyboard&apos;s targets; Escape closes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wirebench speaks %1 from its next start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::Lesson</name>
    <message>
        <source>nothing yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the highest %1 was %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last %1 was %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no %1 yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 messages (%3) not acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 never happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2, %3 %4 later (limit %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2, no %3 within %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 came first, at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neither happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this text has no closing &apos;&quot;&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;=&apos; alone: compare with &apos;==&apos;, or give a filter as name: value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an event pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; after the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a check must be a condition (a comparison, within, before, all or any), not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;%1&apos; %2, found &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; joins conditions; this is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;not&apos; takes a condition; this is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; compares numbers or texts; this is %2 (count(...) counts a pattern&apos;s events)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; orders numbers; a text can only be compared with == or !=</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to close &apos;(&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a value, a pattern or a function, found &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown name &apos;%1&apos; (patterns: %2; functions: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a filter of %1 as name: value (%2), found &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no filter &apos;%2&apos; (it has %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filter &apos;%1&apos; given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filter &apos;%1&apos; takes %2, found &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text in quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad regular expression: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>between filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>between arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes one condition or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes conditions; &apos;%2&apos; is %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes %2 argument(s), not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: argument %2 (&apos;%3&apos;) must be %4, not %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max takes a live pattern with a key: max(live(node: &quot;queue&quot;, key: &quot;fill&quot;))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unacked takes a sent pattern: unacked(sent(from: &quot;clock&quot;))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last of a live pattern needs its key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line 1, column 1: the check is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field (known: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;wirebench-lesson&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a lesson needs a title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number from 0 to 9999</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text (or a list of lines) saying what the lesson is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of file names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file name of the lesson&apos;s folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name of the circuit file in the lesson&apos;s folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number of seconds from 0.1 to 3600</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of one check or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object with &quot;text&quot; and &quot;check&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field (known: text, check)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the check in words, as students read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text (or a list of lines) in the check language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: circuit: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the lesson&apos;s folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>larger than 1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::LessonCheckModel</name>
    <message>
        <source>waiting for the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::LessonController</name>
    <message>
        <source>Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Lesson &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Lesson Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Lesson Files Into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson files saved in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::LessonPanel</name>
    <message>
        <source>Save Lesson Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Lesson…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Checks&lt;/b&gt; (judged over the run; those that need the whole run are judged when it stops)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;No lesson is open. File ▸ Lessons lists the built-in ones; a lesson folder of your own opens with File ▸ Lessons ▸ Open Lesson Folder….&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Save Lesson Files… copies them to a folder of yours.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run length: %1 s%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · needs a registry (Run ▸ Discover Nodes)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::Link</name>
    <message>
        <source>no answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no pong within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 messages already wait for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the message is over %1 bytes, the limit of a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot reach %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>crashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a binary frame where an ack was due: binary frames are not part of the protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection closed (code %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an ack that answers no message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot reach %1: %2 (closed with code %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no ack within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after 1 attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after %1 attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::LocalNode</name>
    <message>
        <source>%1 is not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no address to send to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::LogModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::LogPanel</name>
    <message>
        <source>Show the lines of one node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter lines…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the newest line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workbench</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::LogicAnalyzer</name>
    <message>
        <source>Back to live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Recording…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a saved recording (.vcd or .csv) for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recordings (*.vcd *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Recording…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the recording: VCD for GTKWave, PulseView and sigrok; CSV with every message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value Change Dump (*.vcd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every event as CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Plot Image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the visible plot as PNG or SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (+, or the wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole recording (F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep now at the right edge while the circuit runs (End)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cursors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two cursors that measure Δt and frequency (or click the time ruler)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to Live Recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewing %1: %L2 events, nothing runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the recording to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the plot to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 dropped (cap %L2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 · B %2 · Δt %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::MainWindow</name>
    <message>
        <source>Components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mesh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logic Analyzer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ring Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Wirebench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Wirebench %1&lt;/b&gt;&lt;p&gt;A circuit workbench whose components are real WebSocket nodes, compatible with the Python nodes of “Reactive Python” (2016).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not start: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wirebench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording the buzzer&apos;s sound to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot record: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sound recorded to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record sound to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WAV audio (*.wav)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::MeshDiscovery</name>
    <message>
        <source>the record names &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a local node of this circuit has that name; %1 is not shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::MeshRuntime</name>
    <message>
        <source>the node is down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the node is down (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::MeshTableModel</name>
    <message>
        <source>Chosen by the system when the node starts (port 0, auto, in the file). Double-click to set one (1–65535).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to change the port (1–65535); a running node restarts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discovered in the registry: it comes and goes with its registration, is not saved in the file and cannot be edited here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: double-click to rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round-trip time of the last acknowledged message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RTT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local (runs in this program), external (at an address) or discovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An external node&apos;s liveness (ping/pong): point at its mark for the details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last ping round trip of an external node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages received (by a node that runs elsewhere: those sent to it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last acknowledgement the node received or sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::NetworkSecurity</name>
    <message>
        <source>%1: cannot create its folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--token-file: choose a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tls-pin %1: with --tls-cert, connections pin that certificate (the nodes here connect to each other over wss); leave it out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate needs its key, and a key its certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token of WIREBENCH_TOKEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · token</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::NetworkSecurityControl</name>
    <message>
        <source>Network security for the next Run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network security: %1. LAN nodes refuse every client until it is fixed (Run ▸ Network Security…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the token: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network security saved: it applies at the next Run (the running nodes keep theirs until the circuit stops)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network security: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LAN nodes are open to anyone on the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LAN nodes require the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nodes serve wss (TLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connections use wss to the pinned certificate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::NetworkSecurityDialog</name>
    <message>
        <source>Network Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes that listen on the network (LAN) can be reached by other machines. Nodes on 127.0.0.1 stay open to this computer&apos;s programs, as the seed&apos;s Python nodes expect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run uses the command line&apos;s --token-file, --tls-… options (or WIREBENCH_TOKEN) where given; what you save here applies where they are not, and from the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Require a token from clients of LAN nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients send it as &quot;Authorization: Bearer TOKEN&quot; or &quot;?token=TOKEN&quot;; the nodes of this workbench send it to the nodes they connect to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the token, to give it to the other machines&apos; peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fresh random token (256 bits); clients with the old one are refused from the next Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its first line: at least 32 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peers send it as &quot;Authorization: Bearer TOKEN&quot; (Python: websockets.connect(url, extra_headers=...)) or ?token=TOKEN; see docs/security.md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS (wss)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: nodes serve plain ws://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce&amp;rtificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate&apos;s unencrypted RSA or EC key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 of this certificate: pin it on the machines that connect to these nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: connections use plain ws:// (with a certificate: its fingerprint)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every connection these nodes open then speaks wss and accepts only the certificate of this SHA-256 fingerprint (64 hex digits, colons allowed: openssl x509 -noout -fingerprint -sha256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pin for connections:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate makes every node here serve wss, those on 127.0.0.1 too: plain ws:// peers (the seed&apos;s Python nodes) then need wss and the pin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PEM certificate in that file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::NetworkSecurityWarning</name>
    <message>
        <source>⚠ LAN nodes refuse every client</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::NodeRegistration</name>
    <message>
        <source>another node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; is taken: %2 holds it in the registry; choose another name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::PaletteWidget</name>
    <message>
        <source>Drag a component onto the canvas, or press Enter to place it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticks at a steady pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random bits on each tick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buzzes on 1, quiet on 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lights on 1, dark on 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relays messages and their acks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chats round a ring that heals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends the lines you type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds messages in order, up to its capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes its time over each message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the lines it receives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs a sketch you write in JavaScript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A node elsewhere, by address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::PeerWatch</name>
    <message>
        <source>no handshake within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no pong within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::Recording</name>
    <message>
        <source>not a Wirebench recording (expected the header %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2 fields, expected %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: unreadable time %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: a fill is a whole number of its capacity, not %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: unknown event %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a recording is saved as .vcd or .csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a recording is a .vcd or .csv file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a VCD timescale is 1, 10 or 100 of s, ms, us or ns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable time %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value without its variable at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::RegistryClient</name>
    <message>
        <source>registry %1: not an etcd answer (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registry %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::RegistryWatch</name>
    <message>
        <source>registry %1: the watch ended</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::ReplayBar</name>
    <message>
        <source>Replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play the recording at the chosen speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The moment of the recording shown (Left, Right, Page Up, Page Down, Home, End)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How fast Play moves through the recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the replay: the canvas, the chart and the analyzer show the circuit&apos;s own run again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaying &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::ReplayController</name>
    <message>
        <source>Replaying %1: the open circuit does not match the recording (it has none of its nodes): open the circuit it was recorded from to see it on the canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaying %1: the open circuit does not match the recording: it has no node named %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaying %1: move the slider or press Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to live: the canvas shows the circuit&apos;s own run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Not in the open circuit: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::ReportDialog</name>
    <message>
        <source>The whole run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Lab Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you saw, what you measured, your answers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Student:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence chart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the lab report to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lab report was not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::RingChat</name>
    <message>
        <source>Only this member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member that says your line; selecting a ring node on the canvas picks it too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what the picked member sees, not every member&apos;s events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say something round the ring, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the line round the ring from the picked member (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no ring node to say it: Insert ▸ Ring of N… places a ring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has crashed: restart it (its menu on the canvas) to say anything there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hangs: wake it up (its menu on the canvas) to say anything there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is leaving the ring: it stops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not run: Run (F5) starts the circuit, or Start in its inspector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not start: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chat line has at most %L1 characters; this one has %L2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not take the line (is it a ring member that runs?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no ring node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert ▸ Ring of N… places a ring to chat on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::RingInsertion</name>
    <message>
        <source>Insert a Ring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ring members (each wired to the next; keys spread evenly):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Inserted a ring of %n: Run (F5) starts it, the Ring Chat talks to it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wb::RunControl</name>
    <message>
        <source>Nothing is in flight to step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::RunStatus</name>
    <message>
        <source>Run ▸ Pause (Space) holds every message where it is, Run ▸ Step (N) delivers one; teaching pace slows every hop down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages sent over all wires, acknowledged, and failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teaching pace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 message in flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 messages in flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing in flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running · 1 node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running · %1 nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · 1 error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent · %2 acked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::ScriptControl</name>
    <message>
        <source>A script node whose sketch starts as the template “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as Python</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python sketch (*.py)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed a script node from the template “%1”: double-click it to edit the sketch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export %1 as &amp;Python…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as &amp;Python…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one node to export it as Python</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be exported as Python.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 as Python to %2: run it with python3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::ScriptDock</name>
    <message>
        <source>Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the changes: the node&apos;s sketch as the document has it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the sketch to the node (Ctrl+S in the editor): a running node reloads it without stopping; Undo takes it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a script node&apos;s card, or select one, to edit its sketch here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied the sketch to %1: it reloads while running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied the sketch to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script — %1 (modified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No script node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syntax error, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The running node: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No syntax errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No errors · running version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unapplied sketch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the changes to the sketch of “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The edits in the Script dock are not in the node yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::SeedField</name>
    <message>
        <source>random each run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fault rules&apos; random choices follow from the seed: the same seed drops, copies and delays the same messages again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run seed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::SelectionEdits</name>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied %n node(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard holds no circuit to paste.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::SequenceChart</name>
    <message>
        <source>Zoom In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (+, or Ctrl+wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole recording (F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the newest message at the bottom while the circuit runs (End)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compress idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a quiet time longer than the threshold as a short marked break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle time longer than this becomes a break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show, hide and order the lifelines (or right-click a lane&apos;s name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Visible Range…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Selected Message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the chart as PNG, SVG, PlantUML or Mermaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Visible Range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PlantUML (*.puml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mermaid (*.mmd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no message is selected (click an arrow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the chart is exported as .png, .svg, .puml (PlantUML) or .mmd (Mermaid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the chart to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wirebench message sequence chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::SpeedControl</name>
    <message>
        <source>Teaching pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teaching pace: every hop takes a while, at the slider&apos;s speed. Off: real time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed of the teaching pace, 0.05× to 4×</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::StartPage</name>
    <message>
        <source>Show this page when Wirebench starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Wirebench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Wirebench&lt;/h2&gt;&lt;p&gt;Every component on the canvas is a real WebSocket node. Open a recent circuit, start from an example, or follow a lesson: each comes with a circuit, steps, questions and checks that judge your run.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent files&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Examples&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Lessons&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Lesson Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::TeacherMode</name>
    <message>
        <source>teacher mode is on: the circuit is locked. Run, pause, step and inspect it; the teacher leaves teacher mode in View ▸ Teacher Mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher mode: editing is locked; run, pause, step and inspect stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong passphrase: teacher mode stays on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher mode is off: the circuit can be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher mode locks editing: students run, pause, step and inspect the circuit but cannot change it. A passphrase (optional) is asked for to leave it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: leaving is one click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave Teacher Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::TonePlayer</name>
    <message>
        <source>no audio output device: the buzzer is silent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audio output failed (error %1): the buzzer is silent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::TracePainter</name>
    <message>
        <source>capacity %L1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 events here: zoom in to read them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 older events dropped (cap %L2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::TraceRowModel</name>
    <message>
        <source>high while a tick waits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bits it sends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>buzzing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>items waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::TraceView</name>
    <message>
        <source>Nothing recorded yet. Run the circuit: every clock tick, pin bit, LED and buzzer state, queue fill and every message appears here as it happens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This recording holds no signals.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::UserGuide</name>
    <message>
        <source>Wirebench User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in page (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::WavWriter</name>
    <message>
        <source>cannot complete the header: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::WindowActions</name>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start an empty circuit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a circuit file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the circuit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the circuit to a new file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record Sound to WAV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what the buzzers play to a WAV file, until unchecked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as &amp;Python…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the selected node as a Python sketch that runs against the workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Wirebench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut the selected nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ring of &amp;N…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ring nodes on a circle, each wired to the next (Ctrl+Shift+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Default Sketch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start every local node&apos;s server and the clocks (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop every node (Shift+F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;Selected Nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the selected nodes only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop S&amp;elected Nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the selected nodes only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold every message where it is; again to go on (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliver the message that waits longest, one hop (N or Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Real Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages travel as fast as the sockets carry them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Teaching Pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every hop takes a while, at the speed of the slider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silence the buzzers&apos; sound (Ctrl+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discover Nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the nodes registered in the etcd registry and watch every external node&apos;s health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry &amp;Address…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The etcd registry that discovery reads (http://HOST:PORT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network &amp;Security…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token LAN nodes require, and TLS (wss) with a pinned certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom into the canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out of the canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit Circuit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole circuit (Ctrl+0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Teacher Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock editing for students (run, pause, step and inspect stay) and show the presentation layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Lab Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a PDF: the circuit, the checks, the sequence chart, the analyzer&apos;s plot, the message statistics and your notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline user guide (F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Wirebench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version and license</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::WindowMenus</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::WireInspector</name>
    <message>
        <source>the sender&apos;s own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path the sender uses on this wire (&quot;/iopin&quot;); empty: the sender&apos;s own choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut: nothing passes, no ack comes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A partition: the wire delivers nothing until the cut is undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ack timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the sender waits for an ack before it gives up or sends again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default (%1 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often the sender sends again when no ack comes (0: at most once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (at most once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an ack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chance that %1 is lost on the way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chance that %1 arrives twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added transit time of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jitter ±</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random spread of the transit: half-width (uniform) or standard deviation (normal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uniform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the jitter spreads the transit times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::labreport</name>
    <message>
        <source>Untitled circuit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wirebench lab report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n node(s), </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wire(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The circuit is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lesson checks: this circuit was not opened as a lesson.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 checks passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lab report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the PDF could not be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no notes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circuit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logic analyzer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::plotexport</name>
    <message>
        <source>%1: the plot is exported as .png or .svg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the plot has no size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the image could not be written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::reportsections</name>
    <message>
        <source>No messages were recorded: run the circuit before exporting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 to %2 of the run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(The chart continues beyond %1: choose a shorter range to see the rest.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logic analyzer recorded nothing: run the circuit before exporting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Only the rows that fit on a page are shown.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No statistics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per node, over the whole run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last round trip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per wire, over the whole run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The circuit has no wires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round trips (send to ack) of the messages sent in the chart&apos;s range:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From → to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::ring::RingDetector</name>
    <message>
        <source>no pong within %1 s, directly or through others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered a ping with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 other member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 other members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no pong within %1 s, nor through %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::tokenmenu</name>
    <message>
        <source>ack of message %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is no longer held: it went on already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered the %1 now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered the %1 twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (first of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliver now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::translation</name>
    <message>
        <source>%1 is not a language of Wirebench (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
