<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>Crash</source>
        <translation>Abstürzen</translation>
    </message>
    <message>
        <source>Cut every connection without a goodbye and stop the component</source>
        <translation>Jede Verbindung ohne Abschied kappen und die Komponente stoppen</translation>
    </message>
    <message>
        <source>Wake Up</source>
        <translation>Aufwecken</translation>
    </message>
    <message>
        <source>Answer again, overdue timers first</source>
        <translation>Wieder antworten, überfällige Timer zuerst</translation>
    </message>
    <message>
        <source>Hang</source>
        <translation>Hängen</translation>
    </message>
    <message>
        <source>Keep every connection open but answer nothing, not even pings</source>
        <translation>Jede Verbindung offen halten, aber nichts beantworten, nicht einmal Pings</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Neu starten</translation>
    </message>
    <message>
        <source>Crash, then start again</source>
        <translation>Abstürzen, dann wieder starten</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Type a Line</source>
        <translation>Zeile eingeben</translation>
    </message>
    <message>
        <source>Type lines on the card for the keyboard to send</source>
        <translation>Zeilen auf der Karte eingeben, die die Tastatur senden soll</translation>
    </message>
    <message>
        <source>Edit Script…</source>
        <translation>Skript bearbeiten…</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>Show in Plot</source>
        <translation>Im Plot zeigen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Faults</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>No Faults</source>
        <translation>Keine Fehler</translation>
    </message>
    <message>
        <source>Drop 30 %</source>
        <translation>30 % verwerfen</translation>
    </message>
    <message>
        <source>Delay 200 ms</source>
        <translation>200 ms verzögern</translation>
    </message>
    <message>
        <source>Duplicate 20 %</source>
        <translation>20 % duplizieren</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Trennen</translation>
    </message>
    <message>
        <source>Edit Faults…</source>
        <translation>Fehler bearbeiten…</translation>
    </message>
    <message>
        <source>Delete Wire</source>
        <translation>Leitung löschen</translation>
    </message>
    <message>
        <source>Add Node</source>
        <translation>Knoten hinzufügen</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>Fit All</source>
        <translation>Alles einpassen</translation>
    </message>
    <message>
        <source>discovered</source>
        <translation>entdeckt</translation>
    </message>
    <message>
        <source>LAN</source>
        <translation>LAN</translation>
    </message>
    <message>
        <source>no server</source>
        <translation>kein Server</translation>
    </message>
    <message>
        <source>once at %1 s</source>
        <translation>einmal bei %1 s</translation>
    </message>
    <message>
        <source>every %1 s from %2 s</source>
        <translation>alle %1 s ab %2 s</translation>
    </message>
    <message>
        <source>%1 × %2 s from %3 s</source>
        <translation>%1 × %2 s ab %3 s</translation>
    </message>
    <message>
        <source>every %1 s</source>
        <translation>alle %1 s</translation>
    </message>
    <message>
        <source>%1 × %2 s</source>
        <translation>%1 × %2 s</translation>
    </message>
    <message>
        <source>sending %1</source>
        <translation>sendet %1</translation>
    </message>
    <message>
        <source>p(0) %1</source>
        <translation>p(0) %1</translation>
    </message>
    <message>
        <source>silent</source>
        <translation>stumm</translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>relays both ways</source>
        <translation>leitet in beide Richtungen weiter</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>sketch, reloaded %n time(s)</source>
        <translation>
            <numerusform>Sketch, %n-mal neu geladen</numerusform>
            <numerusform>Sketch, %n-mal neu geladen</numerusform>
        </translation>
    </message>
    <message>
        <source>JavaScript sketch</source>
        <translation>JavaScript-Sketch</translation>
    </message>
    <message>
        <source>ring member</source>
        <translation>Ringmitglied</translation>
    </message>
    <message>
        <source>runs elsewhere</source>
        <translation>läuft anderswo</translation>
    </message>
    <message>
        <source> as %1</source>
        <translation> als %1</translation>
    </message>
    <message>
        <source>Discovered in the registry%1: read-only, not saved in the file</source>
        <translation>In der Registry entdeckt%1: schreibgeschützt, nicht in der Datei gespeichert</translation>
    </message>
    <message>
        <source>Listens on %1: other machines can reach it without a token (Run ▸ Network Security…)</source>
        <translation>Lauscht auf %1: andere Rechner erreichen ihn ohne Token (Ausführen ▸ Netzwerksicherheit…)</translation>
    </message>
    <message>
        <source>Listens on %1: other machines need the token</source>
        <translation>Lauscht auf %1: andere Rechner brauchen das Token</translation>
    </message>
    <message>
        <source>Click on the canvas to place a %1; Escape cancels.</source>
        <translation>Klicken Sie auf die Arbeitsfläche, um %1 zu platzieren; Esc bricht ab.</translation>
    </message>
    <message>
        <source>Placed %1.</source>
        <translation>%1 platziert.</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>types lines</source>
        <translation>tippt Zeilen</translation>
    </message>
    <message>
        <source>when it runs</source>
        <translation>wenn er läuft</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n wartend</numerusform>
            <numerusform>%n wartend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <translation>
            <numerusform>%n gesendet</numerusform>
            <numerusform>%n gesendet</numerusform>
        </translation>
    </message>
    <message>
        <source>double-click to type</source>
        <translation>Doppelklick zum Tippen</translation>
    </message>
    <message>
        <source>drops new</source>
        <translation>verwirft neue</translation>
    </message>
    <message>
        <source>drops old</source>
        <translation>verwirft alte</translation>
    </message>
    <message>
        <source>blocks</source>
        <translation>blockiert</translation>
    </message>
    <message>
        <source>1 place</source>
        <translation>1 Platz</translation>
    </message>
    <message>
        <source>%L1 places</source>
        <translation>%L1 Plätze</translation>
    </message>
    <message>
        <source>%1/%2 full</source>
        <translation>%1/%2 voll</translation>
    </message>
    <message numerus="yes">
        <source>%n blocked</source>
        <translation>
            <numerusform>%n blockiert</numerusform>
            <numerusform>%n blockiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dropped</source>
        <translation>
            <numerusform>%n verworfen</numerusform>
            <numerusform>%n verworfen</numerusform>
        </translation>
    </message>
    <message>
        <source>waits %1</source>
        <translation>wartet %1</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>etwa %1</translation>
    </message>
    <message>
        <source>%1 each</source>
        <translation>je %1</translation>
    </message>
    <message>
        <source>random time</source>
        <translation>zufällige Zeit</translation>
    </message>
    <message>
        <source>fixed time</source>
        <translation>feste Zeit</translation>
    </message>
    <message>
        <source>working</source>
        <translation>arbeitet</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>untätig</translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n erledigt</numerusform>
            <numerusform>%n erledigt</numerusform>
        </translation>
    </message>
    <message>
        <source>prints what it gets</source>
        <translation>gibt aus, was ankommt</translation>
    </message>
    <message>
        <source>Drop the wire on a node to connect it.</source>
        <translation>Legen Sie die Leitung auf einem Knoten ab, um ihn zu verbinden.</translation>
    </message>
    <message>
        <source>Wired %1 to %2.</source>
        <translation>%1 mit %2 verbunden.</translation>
    </message>
    <message>
        <source>%1 idle</source>
        <translation>%1 untätig</translation>
    </message>
    <message>
        <source> (copy)</source>
        <translation> (Kopie)</translation>
    </message>
    <message>
        <source> (retry %1)</source>
        <translation> (Wiederholung %1)</translation>
    </message>
    <message>
        <source> · held</source>
        <translation> · zurückgehalten</translation>
    </message>
    <message>
        <source>cannot make %1</source>
        <translation>%1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>wss, TLS</source>
        <translation>wss, TLS</translation>
    </message>
    <message>
        <source>plain ws://</source>
        <translation>einfaches ws://</translation>
    </message>
    <message>
        <source>Open: any machine on the network may send it messages (%1, no token). Set a token in Run ▸ Network Security…</source>
        <translation>Offen: jeder Rechner im Netz kann ihm Nachrichten senden (%1, kein Token). Legen Sie ein Token unter Ausführen ▸ Netzwerksicherheit… fest</translation>
    </message>
    <message>
        <source>Other machines can reach this node (%1); it refuses clients without the token.</source>
        <translation>Andere Rechner erreichen diesen Knoten (%1); er weist Clients ohne das Token ab.</translation>
    </message>
    <message>
        <source>%1 (docs/security.md)</source>
        <translation>%1 (docs/security.md)</translation>
    </message>
    <message>
        <source>There is no keyboard to type at: place one from the Components.</source>
        <translation>Es gibt keine Tastatur zum Tippen: platzieren Sie eine aus den Komponenten.</translation>
    </message>
    <message>
        <source>%1 has crashed: restart it (its menu on the canvas) to type there.</source>
        <translation>%1 ist abgestürzt: starten Sie ihn neu (sein Menü auf der Arbeitsfläche), um dort zu tippen.</translation>
    </message>
    <message>
        <source>%1 hangs: wake it up (its menu on the canvas) to type there.</source>
        <translation>%1 hängt: wecken Sie ihn auf (sein Menü auf der Arbeitsfläche), um dort zu tippen.</translation>
    </message>
    <message>
        <source>%1 does not run: Run (F5) starts the circuit, or Start in its inspector.</source>
        <translation>%1 läuft nicht: Ausführen (F5) startet die Schaltung, oder Starten in seinem Inspektor.</translation>
    </message>
    <message>
        <source>%1 could not start: %2</source>
        <translation>%1 konnte nicht starten: %2</translation>
    </message>
    <message>
        <source>At most %L1 characters at once; this text has %L2.</source>
        <translation>Höchstens %L1 Zeichen auf einmal; dieser Text hat %L2.</translation>
    </message>
    <message>
        <source>%1 did not take the line: 100,000 lines wait there already.</source>
        <translation>%1 hat die Zeile nicht angenommen: dort warten schon 100.000 Zeilen.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>bypass</source>
        <translation>Umgehung</translation>
    </message>
    <message>
        <source>✕ dead to %1</source>
        <translation>✕ tot für %1</translation>
    </message>
    <message>
        <source>? suspected by %1</source>
        <translation>? verdächtigt von %1</translation>
    </message>
    <message>
        <source>%1 +%2</source>
        <translation>%1 +%2</translation>
    </message>
    <message numerus="yes">
        <source>%1 believes %2 dead</source>
        <translation>
            <numerusform>%1 hält %2 für tot</numerusform>
            <numerusform>%1 hält %2 für tot</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 suspects %2: no pong in time, asking other members to probe it</source>
        <translation>
            <numerusform>%1 verdächtigt %2: kein Pong rechtzeitig, bittet andere Mitglieder, ihn zu prüfen</numerusform>
            <numerusform>%1 verdächtigt %2: kein Pong rechtzeitig, bittet andere Mitglieder, ihn zu prüfen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1&apos;s successor is %2, not %3 (where its wire goes): the ring closes round it. It goes when the ring is whole again.</source>
        <translation>Der Nachfolger von %1 ist %2, nicht %3 (wohin seine Leitung führt): der Ring schließt sich um ihn herum. Das verschwindet, sobald der Ring wieder ganz ist.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Automatisches Speichern fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Recovered the unsaved changes to %1</source>
        <translation>Die nicht gespeicherten Änderungen an %1 wurden wiederhergestellt</translation>
    </message>
    <message>
        <source>Wire cancelled.</source>
        <translation>Verbindung abgebrochen.</translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation>%1 (%2), %3</translation>
    </message>
    <message>
        <source>Wire from %1 to %2</source>
        <translation>Draht von %1 nach %2</translation>
    </message>
    <message>
        <source>%1, faults: %2</source>
        <translation>%1, Fehler: %2</translation>
    </message>
    <message>
        <source>Circuit canvas</source>
        <translation>Schaltungsfläche</translation>
    </message>
    <message>
        <source>Circuit canvas: %1</source>
        <translation>Schaltungsfläche: %1</translation>
    </message>
    <message>
        <source>No component can take a wire from %1.</source>
        <translation>Keine Komponente kann einen Draht von %1 annehmen.</translation>
    </message>
    <message>
        <source>Wire from %1 to %2: arrow keys or Tab choose another target, Enter connects, Escape cancels.</source>
        <translation>Draht von %1 nach %2: Pfeiltasten oder Tab wählen ein anderes Ziel, Eingabe verbindet, Escape bricht ab.</translation>
    </message>
</context>
<context>
    <name>healthvisuals</name>
    <message>
        <source>health unknown: not watched (nothing runs), or the first attempt is under way</source>
        <translation>Zustand unbekannt: nicht beobachtet (nichts läuft), oder der erste Versuch läuft noch</translation>
    </message>
    <message>
        <source>health: %1</source>
        <translation>Zustand: %1</translation>
    </message>
    <message>
        <source>last ping round trip: %1</source>
        <translation>letzte Ping-Umlaufzeit: %1</translation>
    </message>
    <message>
        <source>next attempt in %L1 s</source>
        <translation>nächster Versuch in %L1 s</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>alive</source>
        <translation>lebendig</translation>
    </message>
    <message>
        <source>suspect</source>
        <translation>verdächtig</translation>
    </message>
    <message>
        <source>dead</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation>verbindet neu</translation>
    </message>
</context>
<context>
    <name>wb</name>
    <message>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>Andere…</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Show all rows</source>
        <translation>Alle Zeilen zeigen</translation>
    </message>
    <message>
        <source>%1 edges within this pixel: zoom in to see them</source>
        <translation>%1 Flanken in diesem Pixel: vergrößern Sie, um sie zu sehen</translation>
    </message>
    <message>
        <source>no level known yet</source>
        <translation>noch kein Pegel bekannt</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>von %1 bis %2</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>%1 changes within this pixel, between %2 and %3: zoom in to see them</source>
        <translation>%1 Änderungen in diesem Pixel, zwischen %2 und %3: vergrößern Sie, um sie zu sehen</translation>
    </message>
    <message>
        <source>%1 of %2 from %3 to %4</source>
        <translation>%1 von %2 von %3 bis %4</translation>
    </message>
    <message>
        <source>full: what comes now waits or is dropped</source>
        <translation>voll: was jetzt kommt, wartet oder wird verworfen</translation>
    </message>
    <message>
        <source>the ack of message #%1</source>
        <translation>die Bestätigung von Nachricht #%1</translation>
    </message>
    <message>
        <source>message #%1</source>
        <translation>Nachricht #%1</translation>
    </message>
    <message>
        <source>%1 held at %2 (%3)</source>
        <translation>%1 zurückgehalten bei %2 (%3)</translation>
    </message>
    <message>
        <source>%1 went on at %2 (%3)</source>
        <translation>%1 ging weiter bei %2 (%3)</translation>
    </message>
    <message>
        <source>%1 delayed by %2 at %3 (%4)</source>
        <translation>%1 um %2 verzögert bei %3 (%4)</translation>
    </message>
    <message>
        <source>%1 dropped at %2 (%3)</source>
        <translation>%1 verworfen bei %2 (%3)</translation>
    </message>
    <message>
        <source>%1 duplicated at %2 (%3)</source>
        <translation>%1 dupliziert bei %2 (%3)</translation>
    </message>
    <message>
        <source>message #%1 sent again at %2 (attempt %3)</source>
        <translation>Nachricht #%1 erneut gesendet bei %2 (Versuch %3)</translation>
    </message>
    <message>
        <source>message %1 received again at %2 (a copy seen before)</source>
        <translation>Nachricht %1 erneut empfangen bei %2 (eine schon gesehene Kopie)</translation>
    </message>
    <message>
        <source>an extra ack %1 of message #%2 at %3 (expected)</source>
        <translation>eine zusätzliche Bestätigung %1 von Nachricht #%2 bei %3 (erwartet)</translation>
    </message>
    <message>
        <source>not sent, failed at %1: %2</source>
        <translation>nicht gesendet, fehlgeschlagen bei %1: %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>message %1 (#%2) sent at %3</source>
        <translation>Nachricht %1 (#%2) gesendet bei %3</translation>
    </message>
    <message>
        <source>message %1 received at %2</source>
        <translation>Nachricht %1 empfangen bei %2</translation>
    </message>
    <message>
        <source>waiting for its answer</source>
        <translation>wartet auf ihre Antwort</translation>
    </message>
    <message>
        <source>failed at %1: %2</source>
        <translation>fehlgeschlagen bei %1: %2</translation>
    </message>
    <message>
        <source>ack %1 at %2</source>
        <translation>Bestätigung %1 bei %2</translation>
    </message>
    <message>
        <source>answered %1 at %2</source>
        <translation>beantwortet mit %1 bei %2</translation>
    </message>
    <message>
        <source>round trip %1</source>
        <translation>Umlaufzeit %1</translation>
    </message>
    <message>
        <source>answered after %1</source>
        <translation>beantwortet nach %1</translation>
    </message>
    <message>
        <source>Click: select the node. Drag: move the row. Right-click: hide, colour.</source>
        <translation>Klick: den Knoten auswählen. Ziehen: die Zeile verschieben. Rechtsklick: ausblenden, Farbe.</translation>
    </message>
    <message>
        <source>%1 at A</source>
        <translation>%1 bei A</translation>
    </message>
    <message>
        <source>%1 at B</source>
        <translation>%1 bei B</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>message id %1 · attempt %2</source>
        <translation>Nachrichten-ID %1 · Versuch %2</translation>
    </message>
    <message>
        <source>sent at %1</source>
        <translation>gesendet bei %1</translation>
    </message>
    <message>
        <source>received at %1 · latency %2</source>
        <translation>empfangen bei %1 · Latenz %2</translation>
    </message>
    <message>
        <source>dropped by the gate at %1</source>
        <translation>vom Gate verworfen bei %1</translation>
    </message>
    <message>
        <source>failed at %1</source>
        <translation>fehlgeschlagen bei %1</translation>
    </message>
    <message>
        <source>held at the gate, waiting</source>
        <translation>am Gate zurückgehalten, wartet</translation>
    </message>
    <message>
        <source>in flight</source>
        <translation>unterwegs</translation>
    </message>
    <message>
        <source>a second delivery (the gate duplicated it)</source>
        <translation>eine zweite Zustellung (das Gate hat sie dupliziert)</translation>
    </message>
    <message>
        <source>the receiver is not recorded: its times are estimated</source>
        <translation>der Empfänger ist nicht aufgezeichnet: seine Zeiten sind geschätzt</translation>
    </message>
    <message>
        <source>ack “%1”</source>
        <translation>Bestätigung „%1“</translation>
    </message>
    <message>
        <source> · round trip %1</source>
        <translation> · Umlaufzeit %1</translation>
    </message>
    <message>
        <source> · dropped</source>
        <translation> · verworfen</translation>
    </message>
    <message>
        <source> · held</source>
        <translation> · zurückgehalten</translation>
    </message>
    <message>
        <source>Move left</source>
        <translation>Nach links</translation>
    </message>
    <message>
        <source>Move right</source>
        <translation>Nach rechts</translation>
    </message>
    <message>
        <source>Lifelines</source>
        <translation>Lebenslinien</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Alle zeigen</translation>
    </message>
    <message>
        <source>Canvas order (left to right)</source>
        <translation>Reihenfolge der Arbeitsfläche (von links nach rechts)</translation>
    </message>
</context>
<context>
    <name>wb::Accessibility</name>
    <message>
        <source>Circuit canvas</source>
        <translation>Schaltungsfläche</translation>
    </message>
    <message>
        <source>Tab and Shift+Tab move through the components, then the wires. Arrow keys move the selection (Shift: further). W starts a wire from the selected component: arrow keys or Tab choose its target, Enter connects, Escape cancels. The Menu key or Shift+F10 opens the selection&apos;s menu. F2 renames, Delete removes.</source>
        <translation>Tab und Umschalt+Tab gehen durch die Komponenten, dann durch die Drähte. Pfeiltasten verschieben die Auswahl (Umschalt: weiter). W beginnt einen Draht an der gewählten Komponente: Pfeiltasten oder Tab wählen sein Ziel, Eingabe verbindet, Escape bricht ab. Die Menütaste oder Umschalt+F10 öffnet das Menü der Auswahl. F2 benennt um, Entf entfernt.</translation>
    </message>
    <message>
        <source>Logic analyzer plot</source>
        <translation>Logikanalysator-Diagramm</translation>
    </message>
    <message>
        <source>Left and Right pan, plus and minus zoom, Home goes to the start, End follows live, PageUp and PageDown scroll the rows. C shows the cursors, A or B picks one, Ctrl+Left and Ctrl+Right move it.</source>
        <translation>Links und Rechts verschieben, Plus und Minus zoomen, Pos1 springt zum Anfang, Ende folgt live, Bild auf und Bild ab blättern durch die Zeilen. C zeigt die Cursor, A oder B wählt einen, Strg+Links und Strg+Rechts verschieben ihn.</translation>
    </message>
    <message>
        <source>Sequence chart</source>
        <translation>Sequenzdiagramm</translation>
    </message>
    <message>
        <source>Left and Right select the previous or next message, Enter shows it on the canvas and in the analyzer, plus and minus zoom, Up, Down, PageUp and PageDown scroll, Home goes to the start, End follows live.</source>
        <translation>Links und Rechts wählen die vorige oder nächste Nachricht, Eingabe zeigt sie auf der Fläche und im Analysator, Plus und Minus zoomen, Auf, Ab, Bild auf und Bild ab blättern, Pos1 springt zum Anfang, Ende folgt live.</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Komponenten</translation>
    </message>
    <message>
        <source>Enter places the selected component on the canvas, at a free spot in view, and moves the focus to it.</source>
        <translation>Eingabe setzt die gewählte Komponente an eine freie sichtbare Stelle der Fläche und gibt ihr den Fokus.</translation>
    </message>
    <message>
        <source>Vertical scroll bar</source>
        <translation>Vertikale Bildlaufleiste</translation>
    </message>
    <message>
        <source>Horizontal scroll bar</source>
        <translation>Horizontale Bildlaufleiste</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Close panel</source>
        <translation>Bereich schließen</translation>
    </message>
    <message>
        <source>Detach panel</source>
        <translation>Bereich lösen</translation>
    </message>
    <message>
        <source>More tools</source>
        <translation>Weitere Werkzeuge</translation>
    </message>
    <message>
        <source>More menus</source>
        <translation>Weitere Menüs</translation>
    </message>
</context>
<context>
    <name>wb::AddressLinks</name>
    <message>
        <source>%1 is not ws://HOST:PORT</source>
        <translation>%1 ist nicht ws://HOST:PORT</translation>
    </message>
</context>
<context>
    <name>wb::Admission</name>
    <message>
        <source>port %1 on %2 is already in use</source>
        <translation>Port %1 auf %2 ist schon belegt</translation>
    </message>
    <message>
        <source>cannot listen on %1:%2: %3</source>
        <translation>kann nicht auf %1:%2 lauschen: %3</translation>
    </message>
    <message>
        <source>cannot accept a connection: %1</source>
        <translation>kann keine Verbindung annehmen: %1</translation>
    </message>
    <message>
        <source>dropped at the connection cap</source>
        <translation>an der Verbindungsgrenze verworfen</translation>
    </message>
    <message>
        <source>dropped: %1 handshakes under way</source>
        <translation>verworfen: %1 Handshakes laufen</translation>
    </message>
    <message>
        <source>turned away: %1 handshakes under way, each with a request still to read</source>
        <translation>abgewiesen: %1 Handshakes laufen, jeder mit einer noch zu lesenden Anfrage</translation>
    </message>
    <message>
        <source>%1 connections, this node&apos;s cap: not accepting until one ends</source>
        <translation>%1 Verbindungen, die Grenze dieses Knotens: keine Annahme, bis eine endet</translation>
    </message>
    <message>
        <source>%1 connections in this process, its cap: not accepting until one ends</source>
        <translation>%1 Verbindungen in diesem Prozess, seine Grenze: keine Annahme, bis eine endet</translation>
    </message>
    <message>
        <source>, this was the oldest idle handshake</source>
        <translation>, dies war der älteste untätige Handshake</translation>
    </message>
    <message>
        <source>handshake refused (HTTP %1): %2</source>
        <translation>Handshake abgelehnt (HTTP %1): %2</translation>
    </message>
</context>
<context>
    <name>wb::Autosave</name>
    <message>
        <source>%1: recovery: missing</source>
        <translation>%1: Wiederherstellung: fehlt</translation>
    </message>
    <message>
        <source>%1: cannot create the recovery folder</source>
        <translation>%1: der Wiederherstellungsordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1: cannot lock</source>
        <translation>%1: kann nicht gesperrt werden</translation>
    </message>
</context>
<context>
    <name>wb::ChartView</name>
    <message>
        <source>No messages yet. Run the circuit: every message appears here as an arrow from its sender to its receiver, time flowing downwards.</source>
        <translation>Noch keine Nachrichten. Führen Sie die Schaltung aus: jede Nachricht erscheint hier als Pfeil von ihrem Sender zu ihrem Empfänger, die Zeit läuft nach unten.</translation>
    </message>
    <message>
        <source>Every lifeline is hidden. Right-click to show them again.</source>
        <translation>Jede Lebenslinie ist ausgeblendet. Rechtsklick zeigt sie wieder.</translation>
    </message>
</context>
<context>
    <name>wb::ChatModel</name>
    <message>
        <source>said</source>
        <translation>sagte</translation>
    </message>
    <message>
        <source>passed on</source>
        <translation>weitergegeben</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <source>came back</source>
        <translation>kam zurück</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>verworfen</translation>
    </message>
    <message>
        <source>1 hop</source>
        <translation>1 Hop</translation>
    </message>
    <message>
        <source>%1 hops</source>
        <translation>%1 Hops</translation>
    </message>
    <message>
        <source>%1 came back after %2 in %L3 ms: %4</source>
        <translation>%1 kam nach %2 in %L3 ms zurück: %4</translation>
    </message>
    <message>
        <source>%1 %2, hop %3: %4</source>
        <translation>%1 %2, Hop %3: %4</translation>
    </message>
    <message>
        <source>%1 at %2
message %3 from %4, hop %5%6
%7</source>
        <translation>%1 bei %2
Nachricht %3 von %4, Hop %5%6
%7</translation>
    </message>
    <message>
        <source>, %L1 ms round the ring</source>
        <translation>, %L1 ms um den Ring</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
</context>
<context>
    <name>wb::Circuit</name>
    <message>
        <source>That wire has no node at one of its ends.</source>
        <translation>Diese Leitung hat an einem Ende keinen Knoten.</translation>
    </message>
    <message>
        <source>A node cannot be wired to itself.</source>
        <translation>Ein Knoten kann nicht mit sich selbst verbunden werden.</translation>
    </message>
    <message>
        <source>%1 has no output: only a clock, an iopin, a proxy or a ring node sends messages.</source>
        <translation>%1 hat keinen Ausgang: nur ein Taktgeber, ein iopin, ein Proxy oder ein Ringknoten sendet Nachrichten.</translation>
    </message>
    <message>
        <source>A clock has no input: it only sends ticks.</source>
        <translation>Ein Taktgeber hat keinen Eingang: er sendet nur Ticks.</translation>
    </message>
    <message>
        <source>%1 is already wired to %2.</source>
        <translation>%1 ist schon mit %2 verbunden.</translation>
    </message>
    <message>
        <source>A name is 1 to 64 letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;.</source>
        <translation>Ein Name besteht aus 1 bis 64 Buchstaben, Ziffern, &apos;_&apos;, &apos;.&apos; oder &apos;-&apos;.</translation>
    </message>
    <message>
        <source>The name %1 is taken.</source>
        <translation>Der Name %1 ist vergeben.</translation>
    </message>
</context>
<context>
    <name>wb::CircuitEditor</name>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Add %n nodes</source>
        <translation>
            <numerusform>%n Knoten hinzufügen</numerusform>
            <numerusform>%n Knoten hinzufügen</numerusform>
        </translation>
    </message>
    <message>
        <source>A ring has %1 to %2 members.</source>
        <translation>Ein Ring hat %1 bis %2 Mitglieder.</translation>
    </message>
    <message numerus="yes">
        <source>Insert a ring of %n</source>
        <translation>
            <numerusform>Einen Ring aus %n einfügen</numerusform>
            <numerusform>Einen Ring aus %n einfügen</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n nodes</source>
        <translation>
            <numerusform>%n Knoten entfernen</numerusform>
            <numerusform>%n Knoten entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>%1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>A clock has no server, so no host.</source>
        <translation>Ein Taktgeber hat keinen Server, also keinen Host.</translation>
    </message>
    <message>
        <source>A host is a name or an address of at most 253 characters, without spaces.</source>
        <translation>Ein Host ist ein Name oder eine Adresse aus höchstens 253 Zeichen, ohne Leerzeichen.</translation>
    </message>
    <message>
        <source>%1 runs here, so its host must be an IP address of this machine or localhost.</source>
        <translation>%1 läuft hier, also muss sein Host eine IP-Adresse dieses Rechners oder localhost sein.</translation>
    </message>
    <message>
        <source>Set host of %1 to %2</source>
        <translation>Host von %1 auf %2 setzen</translation>
    </message>
    <message>
        <source>A clock has no server, so no port.</source>
        <translation>Ein Taktgeber hat keinen Server, also keinen Port.</translation>
    </message>
    <message>
        <source>A port is a number from 1 to 65535.</source>
        <translation>Ein Port ist eine Zahl von 1 bis 65535.</translation>
    </message>
    <message>
        <source>Set port of %1 to %2</source>
        <translation>Port von %1 auf %2 setzen</translation>
    </message>
    <message>
        <source>Set %1 of %2</source>
        <translation>%1 von %2 setzen</translation>
    </message>
    <message>
        <source>%1 was discovered in the registry: it is not part of the circuit and cannot be changed or deleted here.</source>
        <translation>%1 wurde in der Registry entdeckt: er gehört nicht zur Schaltung und kann hier weder geändert noch gelöscht werden.</translation>
    </message>
    <message>
        <source>Wire %1 to %2</source>
        <translation>%1 mit %2 verbinden</translation>
    </message>
    <message>
        <source>Unwire %1 from %2</source>
        <translation>Verbindung von %1 zu %2 lösen</translation>
    </message>
    <message>
        <source>Set faults of %1 to %2</source>
        <translation>Fehler von %1 auf %2 setzen</translation>
    </message>
    <message>
        <source>Set channel of %1 to %2</source>
        <translation>Kanal von %1 auf %2 setzen</translation>
    </message>
    <message>
        <source>Set the run&apos;s seed</source>
        <translation>Startwert des Laufs setzen</translation>
    </message>
    <message>
        <source>Set the fault schedule</source>
        <translation>Fehlerplan setzen</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>%1 verschieben</translation>
    </message>
    <message numerus="yes">
        <source>Move %n nodes</source>
        <translation>
            <numerusform>%n Knoten verschieben</numerusform>
            <numerusform>%n Knoten verschieben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wb::CircuitFormat</name>
    <message>
        <source>node: no such node</source>
        <translation>node: kein solcher Knoten</translation>
    </message>
    <message>
        <source>node: %1 does not run here: it cannot %2</source>
        <translation>node: %1 läuft nicht hier: er kann nicht %2</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>file: larger than %1 MiB</source>
        <translation>Datei: größer als %1 MiB</translation>
    </message>
    <message>
        <source>: nested deeper than %1 levels</source>
        <translation>: tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>root: must be an object</source>
        <translation>Wurzel: muss ein Objekt sein</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;</source>
        <translation>„%1“ erwartet</translation>
    </message>
    <message>
        <source>missing or not a whole number</source>
        <translation>fehlt oder ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>version %1 is not supported (this Wirebench reads up to %2)</source>
        <translation>Version %1 wird nicht unterstützt (dieses Wirebench liest bis %2)</translation>
    </message>
    <message>
        <source>must be a text</source>
        <translation>muss ein Text sein</translation>
    </message>
    <message>
        <source>missing or not a list</source>
        <translation>fehlt oder ist keine Liste</translation>
    </message>
    <message>
        <source>%1 nodes; at most %2 are allowed</source>
        <translation>%1 Knoten; höchstens %2 sind erlaubt</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; is used twice</source>
        <translation>der Name „%1“ wird zweimal verwendet</translation>
    </message>
    <message>
        <source>a version 1 file has none (use version 2)</source>
        <translation>eine Datei der Version 1 hat keine (verwenden Sie Version 2)</translation>
    </message>
    <message>
        <source>: cannot read: </source>
        <translation>: nicht lesbar: </translation>
    </message>
    <message>
        <source>: larger than %1 MiB</source>
        <translation>: größer als %1 MiB</translation>
    </message>
    <message>
        <source>: cannot write: </source>
        <translation>: nicht schreibbar: </translation>
    </message>
    <message>
        <source>%1 sends nothing</source>
        <translation>%1 sendet nichts</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot receive from &quot;%2&quot;</source>
        <translation>„%1“ kann nicht von „%2“ empfangen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>„%1“ ist zweimal aufgeführt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already wired to &quot;%2&quot;</source>
        <translation>„%1“ ist schon mit „%2“ verbunden</translation>
    </message>
    <message>
        <source>a node must be an object</source>
        <translation>ein Knoten muss ein Objekt sein</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>unbekanntes Feld</translation>
    </message>
    <message>
        <source>missing or not a text</source>
        <translation>fehlt oder ist kein Text</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a name: use 1 to 64 of A-Z a-z 0-9 _ . -</source>
        <translation>„%1“ ist kein Name: verwenden Sie 1 bis 64 Zeichen aus A-Z a-z 0-9 _ . -</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot; (expected one of %2)</source>
        <translation>unbekannte Art „%1“ (erwartet: eine von %2)</translation>
    </message>
    <message>
        <source>must be a host name</source>
        <translation>muss ein Hostname sein</translation>
    </message>
    <message>
        <source>this %1 needs a port from 1 to 65535</source>
        <translation>dieser %1 braucht einen Port von 1 bis 65535</translation>
    </message>
    <message>
        <source>%1 has no server, so no port</source>
        <translation>%1 hat keinen Server, also keinen Port</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>a version 2 file lists its wires in &quot;wires&quot;, not in the nodes</source>
        <translation>eine Datei der Version 2 führt ihre Leitungen in „wires“ auf, nicht bei den Knoten</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>muss eine Liste sein</translation>
    </message>
    <message>
        <source>must be a node name</source>
        <translation>muss ein Knotenname sein</translation>
    </message>
    <message>
        <source>must be {&quot;x&quot;: number, &quot;y&quot;: number} within ±1e7</source>
        <translation>muss {&quot;x&quot;: Zahl, &quot;y&quot;: Zahl} innerhalb von ±1e7 sein</translation>
    </message>
    <message>
        <source>missing or not a node name</source>
        <translation>fehlt oder ist kein Knotenname</translation>
    </message>
    <message>
        <source>no node is named &quot;%1&quot;</source>
        <translation>kein Knoten heißt „%1“</translation>
    </message>
    <message>
        <source>%1 wires; at most %2 are allowed</source>
        <translation>%1 Leitungen; höchstens %2 sind erlaubt</translation>
    </message>
    <message>
        <source>a wire must be an object</source>
        <translation>eine Leitung muss ein Objekt sein</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to %1</source>
        <translation>muss eine ganze Zahl von 1 bis %1 sein</translation>
    </message>
    <message>
        <source>%1 is used twice</source>
        <translation>%1 wird zweimal verwendet</translation>
    </message>
    <message>
        <source>must be a whole number from 0 to %1</source>
        <translation>muss eine ganze Zahl von 0 bis %1 sein</translation>
    </message>
    <message>
        <source>%1 faults; at most %2 are allowed</source>
        <translation>%1 Fehler; höchstens %2 sind erlaubt</translation>
    </message>
    <message>
        <source>a scheduled fault must be an object</source>
        <translation>ein geplanter Fehler muss ein Objekt sein</translation>
    </message>
    <message>
        <source>must be a whole number of ms from 0 to %1</source>
        <translation>muss eine ganze Zahl von ms von 0 bis %1 sein</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot; (expected crash, hang or restart)</source>
        <translation>unbekannte Aktion „%1“ (erwartet: crash, hang oder restart)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2: it does not run here, so it cannot %3</source>
        <translation>„%1“ ist %2: er läuft nicht hier und kann daher nicht %3</translation>
    </message>
    <message>
        <source>: %1 is not a probability from 0 to 1</source>
        <translation>: %1 ist keine Wahrscheinlichkeit von 0 bis 1</translation>
    </message>
    <message>
        <source>: %1 is not a %2 from 0 to %3 ms</source>
        <translation>: %1 ist kein(e) %2 von 0 bis %3 ms</translation>
    </message>
    <message>
        <source>: not uniform or normal</source>
        <translation>: weder uniform noch normal</translation>
    </message>
    <message>
        <source>ack_timeout_ms: %1 is not a timeout from 0 (the default) to %2 ms</source>
        <translation>ack_timeout_ms: %1 ist keine Zeitüberschreitung von 0 (Vorgabe) bis %2 ms</translation>
    </message>
    <message>
        <source>retries: %1 is not a number of retries from 0 to %2</source>
        <translation>retries: %1 ist keine Anzahl von Wiederholungen von 0 bis %2</translation>
    </message>
    <message>
        <source>at_ms: %1 is not a run time from 0 to %2 ms</source>
        <translation>at_ms: %1 ist keine Laufzeit von 0 bis %2 ms</translation>
    </message>
    <message>
        <source>for_ms: %1 is not a duration from 0 to %2 ms</source>
        <translation>for_ms: %1 ist keine Dauer von 0 bis %2 ms</translation>
    </message>
    <message>
        <source>for_ms: a restart comes back at once: leave for_ms out</source>
        <translation>for_ms: ein Neustart kommt sofort zurück: lassen Sie for_ms weg</translation>
    </message>
    <message>
        <source>action: not crash, hang or restart</source>
        <translation>action: weder crash, hang noch restart</translation>
    </message>
    <message>
        <source>timeout %1 ms</source>
        <translation>Zeitüberschreitung %1 ms</translation>
    </message>
    <message>
        <source>: unknown field</source>
        <translation>: unbekanntes Feld</translation>
    </message>
    <message>
        <source>: must be a number</source>
        <translation>: muss eine Zahl sein</translation>
    </message>
    <message>
        <source>: must be a whole number</source>
        <translation>: muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>: must be an object</source>
        <translation>: muss ein Objekt sein</translation>
    </message>
    <message>
        <source>.jitter: unknown jitter &quot;%1&quot; (expected uniform or normal)</source>
        <translation>.jitter: unbekannter Jitter „%1“ (erwartet: uniform oder normal)</translation>
    </message>
    <message>
        <source>.cut: must be true or false</source>
        <translation>.cut: muss true oder false sein</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>muss zwischen %1 und %2 liegen</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>muss eine Zahl sein</translation>
    </message>
    <message>
        <source>must be at most %1 characters</source>
        <translation>darf höchstens %1 Zeichen lang sein</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>muss eines von %1 sein</translation>
    </message>
    <message>
        <source>must name at most 16 contacts</source>
        <translation>darf höchstens 16 Kontakte nennen</translation>
    </message>
    <message>
        <source>is not a parameter of a script: its own parameters are identifiers other than name</source>
        <translation>ist kein Parameter eines Skripts: seine eigenen Parameter sind Bezeichner außer name</translation>
    </message>
    <message>
        <source>must be a text, a number or true/false</source>
        <translation>muss ein Text, eine Zahl oder true/false sein</translation>
    </message>
    <message>
        <source>only an iopin or a worker takes a seed</source>
        <translation>nur ein iopin oder ein Worker nimmt einen Startwert</translation>
    </message>
    <message>
        <source>is not a parameter of %1</source>
        <translation>ist kein Parameter von %1</translation>
    </message>
    <message>
        <source>a folder, not a file</source>
        <translation>ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <source>no file given</source>
        <translation>keine Datei angegeben</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a channel: &quot;/&quot; and up to %2 characters</source>
        <translation>„%1“ ist kein Kanal: „/“ und bis zu %2 Zeichen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a channel: only printable ASCII without spaces, &apos;?&apos; or &apos;#&apos;</source>
        <translation>„%1“ ist kein Kanal: nur druckbares ASCII ohne Leerzeichen, &apos;?&apos; oder &apos;#&apos;</translation>
    </message>
</context>
<context>
    <name>wb::ConsoleModel</name>
    <message>
        <source>%1 printed what %2 sent:
%3</source>
        <translation>%1 gab aus, was %2 sandte:
%3</translation>
    </message>
    <message>
        <source>%1 printed what %2 sent on channel %3:
%4</source>
        <translation>%1 gab aus, was %2 auf Kanal %3 sandte:
%4</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Konsole</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>wb::ConsolePanel</name>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Whose lines show; selecting a console on the canvas picks it</source>
        <translation>Wessen Zeilen angezeigt werden; eine Konsole auf der Arbeitsfläche auszuwählen, wählt sie hier</translation>
    </message>
    <message>
        <source>Clear the lines shown, and the consoles&apos; own history</source>
        <translation>Die angezeigten Zeilen und den eigenen Verlauf der Konsolen löschen</translation>
    </message>
    <message>
        <source>The keyboard your line is typed at; selecting a keyboard on the canvas picks it too</source>
        <translation>Die Tastatur, an der Ihre Zeile getippt wird; eine Tastatur auf der Arbeitsfläche auszuwählen, wählt sie auch hier</translation>
    </message>
    <message>
        <source>Type the line at the picked keyboard (Enter)</source>
        <translation>Die Zeile an der gewählten Tastatur tippen (Eingabe)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>every console</source>
        <translation>jede Konsole</translation>
    </message>
    <message>
        <source>no keyboard</source>
        <translation>keine Tastatur</translation>
    </message>
    <message>
        <source>Type a line for %1, then Enter</source>
        <translation>Eine Zeile für %1 eingeben, dann Eingabe</translation>
    </message>
    <message>
        <source>Place a keyboard (Components) to type lines here</source>
        <translation>Platzieren Sie eine Tastatur (Komponenten), um hier Zeilen zu tippen</translation>
    </message>
</context>
<context>
    <name>wb::CrashRecovery</name>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>Recover unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <source>Wirebench did not close properly. Recover the unsaved changes to “%1”?</source>
        <translation>Wirebench wurde nicht ordnungsgemäß beendet. Die nicht gespeicherten Änderungen an „%1“ wiederherstellen?</translation>
    </message>
    <message>
        <source>They were saved automatically on %1. Discard deletes them; Later keeps them for the next start.</source>
        <translation>Sie wurden am %1 automatisch gespeichert. Verwerfen löscht sie; Später behält sie für den nächsten Start.</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>the desktop session ended</source>
        <translation>die Desktop-Sitzung endete</translation>
    </message>
    <message>
        <source>Wirebench was told to quit (%1) and kept the unsaved changes to “%2”. Recover them?</source>
        <translation>Wirebench wurde zum Beenden aufgefordert (%1) und hat die nicht gespeicherten Änderungen an „%2“ aufbewahrt. Wiederherstellen?</translation>
    </message>
</context>
<context>
    <name>wb::DeliveryController</name>
    <message>
        <source>resumed</source>
        <translation>fortgesetzt</translation>
    </message>
    <message>
        <source>teaching pace</source>
        <translation>Lehrtempo</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>dropped by hand</source>
        <translation>von Hand verworfen</translation>
    </message>
    <message>
        <source>duplicated by hand</source>
        <translation>von Hand dupliziert</translation>
    </message>
    <message>
        <source>stepped</source>
        <translation>einzeln weitergeschaltet</translation>
    </message>
</context>
<context>
    <name>wb::Discovery</name>
    <message>
        <source>the registry granted no lease</source>
        <translation>die Registry hat keine Lease gewährt</translation>
    </message>
    <message>
        <source>registry %1: %2</source>
        <translation>Registry %1: %2</translation>
    </message>
    <message>
        <source>history compacted</source>
        <translation>Verlauf verdichtet</translation>
    </message>
    <message>
        <source>registry %1: watch cancelled (%2)</source>
        <translation>Registry %1: Beobachtung abgebrochen (%2)</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>name: missing or not a node name</source>
        <translation>name: fehlt oder ist kein Knotenname</translation>
    </message>
    <message>
        <source>host: missing or not a host name</source>
        <translation>host: fehlt oder ist kein Hostname</translation>
    </message>
    <message>
        <source>port: must be from 1 to 65535</source>
        <translation>port: muss von 1 bis 65535 sein</translation>
    </message>
    <message>
        <source>%1 at %2:%3</source>
        <translation>%1 auf %2:%3</translation>
    </message>
</context>
<context>
    <name>wb::DiscoveryControl</name>
    <message>
        <source>Set the registry&apos;s address first.</source>
        <translation>Legen Sie zuerst die Adresse der Registry fest.</translation>
    </message>
    <message>
        <source>Discovery is off: %1</source>
        <translation>Erkennung ist aus: %1</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Registry</translation>
    </message>
    <message>
        <source>The etcd registry the nodes register with (docs/discovery.md):</source>
        <translation>Die etcd-Registry, bei der sich die Knoten anmelden (docs/discovery.md):</translation>
    </message>
    <message>
        <source>Not a registry address: %1

%2</source>
        <translation>Keine Registry-Adresse: %1

%2</translation>
    </message>
    <message>
        <source>Registry %1: %2; trying again, the circuit keeps running</source>
        <translation>Registry %1: %2; neuer Versuch, die Schaltung läuft weiter</translation>
    </message>
    <message>
        <source>Registry: &quot;%1&quot; is not shown: %2</source>
        <translation>Registry: „%1“ wird nicht angezeigt: %2</translation>
    </message>
    <message>
        <source>Registry unreachable · retrying in %1 s</source>
        <translation>Registry nicht erreichbar · neuer Versuch in %1 s</translation>
    </message>
    <message>
        <source>Registry unreachable · retrying…</source>
        <translation>Registry nicht erreichbar · neuer Versuch…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Registry: connecting…</source>
        <translation>Registry: verbinde…</translation>
    </message>
    <message>
        <source>Registry: %1 discovered</source>
        <translation>Registry: %1 entdeckt</translation>
    </message>
    <message>
        <source>Discovering nodes at %1</source>
        <translation>Knoten werden bei %1 gesucht</translation>
    </message>
    <message>
        <source> · 1 conflict</source>
        <translation> · 1 Konflikt</translation>
    </message>
    <message>
        <source> · %1 conflicts</source>
        <translation> · %1 Konflikte</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not shown: %2</source>
        <translation>„%1“ wird nicht angezeigt: %2</translation>
    </message>
</context>
<context>
    <name>wb::DockTitleBar</name>
    <message>
        <source>Float or dock</source>
        <translation>Schwebend oder angedockt</translation>
    </message>
    <message>
        <source>Hide this panel</source>
        <translation>Dieses Fenster ausblenden</translation>
    </message>
</context>
<context>
    <name>wb::DocumentController</name>
    <message>
        <source>Wirebench circuits (*.json);;All files (*)</source>
        <translation>Wirebench-Schaltungen (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to “%1”?</source>
        <translation>Die Änderungen an „%1“ speichern?</translation>
    </message>
    <message>
        <source>Your changes are lost if you don&apos;t save them.</source>
        <translation>Ihre Änderungen gehen verloren, wenn Sie sie nicht speichern.</translation>
    </message>
    <message>
        <source>Save circuit</source>
        <translation>Schaltung speichern</translation>
    </message>
    <message>
        <source>Open circuit</source>
        <translation>Schaltung öffnen</translation>
    </message>
</context>
<context>
    <name>wb::Endpoint</name>
    <message numerus="yes">
        <source>%n more connection(s) refused or closed in the last second</source>
        <translation>
            <numerusform>%n weitere Verbindung in der letzten Sekunde abgewiesen oder geschlossen</numerusform>
            <numerusform>%n weitere Verbindungen in der letzten Sekunde abgewiesen oder geschlossen</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot listen on &quot;%1&quot;: give an IP address, localhost, 0.0.0.0 or ::</source>
        <translation>kann nicht auf „%1“ lauschen: geben Sie eine IP-Adresse, localhost, 0.0.0.0 oder :: an</translation>
    </message>
    <message>
        <source>node stopped</source>
        <translation>Knoten gestoppt</translation>
    </message>
    <message>
        <source>code %1</source>
        <translation>Code %1</translation>
    </message>
    <message>
        <source>%1 (code %2)</source>
        <translation>%1 (Code %2)</translation>
    </message>
    <message numerus="yes">
        <source>; %n binary frame(s) answered with an error</source>
        <translation>
            <numerusform>; %n Binärframe mit einem Fehler beantwortet</numerusform>
            <numerusform>; %n Binärframes mit einem Fehler beantwortet</numerusform>
        </translation>
    </message>
    <message>
        <source>binary frame of %1 bytes on %2: answered with an error ack</source>
        <translation>Binärframe von %1 Bytes auf %2: mit einer Fehlerbestätigung beantwortet</translation>
    </message>
    <message>
        <source>more than %1 messages or %2 bytes sent ahead of their acks</source>
        <translation>mehr als %1 Nachrichten oder %2 Bytes vor ihren Bestätigungen gesendet</translation>
    </message>
    <message>
        <source>the ack is over %1 bytes</source>
        <translation>die Bestätigung ist größer als %1 Bytes</translation>
    </message>
    <message>
        <source>binary frames are not part of the protocol; send text</source>
        <translation>Binärframes gehören nicht zum Protokoll; senden Sie Text</translation>
    </message>
    <message>
        <source>the peer does not read: %1 bytes waiting for it, the cap is %2</source>
        <translation>die Gegenstelle liest nicht: %1 Bytes warten auf sie, die Grenze ist %2</translation>
    </message>
    <message>
        <source>closed by this node, code %1: %2</source>
        <translation>von diesem Knoten geschlossen, Code %1: %2</translation>
    </message>
</context>
<context>
    <name>wb::InspectorWidget</name>
    <message>
        <source>How many messages the queue holds, 1 to %L1; its memory is bounded by it</source>
        <translation>Wie viele Nachrichten die Warteschlange fasst, 1 bis %L1; ihr Speicher ist dadurch begrenzt</translation>
    </message>
    <message>
        <source>What a full queue does with one more message: hold its ack back until there is room (a stop-and-wait producer waits: backpressure), or drop it, or drop the oldest waiting one</source>
        <translation>Was eine volle Warteschlange mit einer weiteren Nachricht tut: ihre Bestätigung zurückhalten, bis Platz ist (ein Stop-and-Wait-Erzeuger wartet: Gegendruck), sie verwerfen oder die älteste wartende verwerfen</translation>
    </message>
    <message>
        <source>How long the worker takes over each message, in run time (pause and slow motion reach it); the mean when random</source>
        <translation>Wie lange der Worker für jede Nachricht braucht, in Laufzeit (Pause und Zeitlupe wirken darauf); der Mittelwert, wenn zufällig</translation>
    </message>
    <message>
        <source>Fixed: every message takes the service time; random: exponentially distributed with that mean</source>
        <translation>Fest: jede Nachricht braucht die Bedienzeit; zufällig: exponentialverteilt mit diesem Mittelwert</translation>
    </message>
    <message>
        <source>A fixed seed makes the random service times repeatable; empty: the run&apos;s seed</source>
        <translation>Ein fester Startwert macht die zufälligen Bedienzeiten wiederholbar; leer: der Startwert des Laufs</translation>
    </message>
    <message>
        <source>How many lines the console keeps for the Console dock</source>
        <translation>Wie viele Zeilen die Konsole für das Konsolenfenster behält</translation>
    </message>
    <message>
        <source>Seconds of run time before the first tick (the seed&apos;s slow task sleeps 10 s); empty: at once</source>
        <translation>Sekunden Laufzeit vor dem ersten Tick (die langsame Aufgabe des Seeds schläft 10 s); leer: sofort</translation>
    </message>
    <message>
        <source>What each tick sends instead of its number (at most 1024 characters); empty: the number</source>
        <translation>Was jeder Tick statt seiner Nummer sendet (höchstens 1024 Zeichen); leer: die Nummer</translation>
    </message>
    <message>
        <source>Each line goes to the keyboard&apos;s targets once every target has answered the one before: a full queue that holds its ack back holds the keyboard back. Type on its card too (double-click it) or in the Console dock.</source>
        <translation>Jede Zeile geht an die Ziele der Tastatur, sobald jedes Ziel die vorige beantwortet hat: eine volle Warteschlange, die ihre Bestätigung zurückhält, hält die Tastatur auf. Tippen Sie auch auf ihrer Karte (Doppelklick) oder im Konsolenfenster.</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>When full</source>
        <translation>Wenn voll</translation>
    </message>
    <message>
        <source>block the producer</source>
        <translation>Erzeuger blockieren</translation>
    </message>
    <message>
        <source>drop the newest</source>
        <translation>neueste verwerfen</translation>
    </message>
    <message>
        <source>drop the oldest</source>
        <translation>älteste verwerfen</translation>
    </message>
    <message>
        <source>Service time</source>
        <translation>Bedienzeit</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Bedienung</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>fest</translation>
    </message>
    <message>
        <source>random (exponential)</source>
        <translation>zufällig (exponentiell)</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Startwert</translation>
    </message>
    <message>
        <source>the run&apos;s</source>
        <translation>der des Laufs</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source> lines</source>
        <translation> Zeilen</translation>
    </message>
    <message>
        <source>The lines it prints show in the Console dock (View ▸ Console).</source>
        <translation>Die Zeilen, die sie ausgibt, erscheinen im Konsolenfenster (Ansicht ▸ Konsole).</translation>
    </message>
    <message>
        <source>Start after</source>
        <translation>Start nach</translation>
    </message>
    <message>
        <source>0 s</source>
        <translation>0 s</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>the tick&apos;s number</source>
        <translation>die Nummer des Ticks</translation>
    </message>
    <message>
        <source>Enter sends the line to the keyboard&apos;s targets</source>
        <translation>Eingabe sendet die Zeile an die Ziele der Tastatur</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Type the line at the keyboard (Enter)</source>
        <translation>Die Zeile an der Tastatur tippen (Eingabe)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tippen</translation>
    </message>
    <message>
        <source>A line for its targets, then Enter</source>
        <translation>Eine Zeile für ihre Ziele, dann Eingabe</translation>
    </message>
    <message>
        <source>Start the keyboard to type</source>
        <translation>Starten Sie die Tastatur, um zu tippen</translation>
    </message>
    <message>
        <source>The member&apos;s place on the ring, 0 to 4294967295; empty: the first four bytes of the SHA-1 of its name</source>
        <translation>Der Platz des Mitglieds im Ring, 0 bis 4294967295; leer: die ersten vier Bytes des SHA-1 seines Namens</translation>
    </message>
    <message>
        <source>How many members after it the member keeps in its successor list: with 3, two neighbours may die at once</source>
        <translation>Wie viele Mitglieder nach ihm das Mitglied in seiner Nachfolgerliste führt: mit 3 dürfen zwei Nachbarn gleichzeitig ausfallen</translation>
    </message>
    <message>
        <source>How often the member pings its successor</source>
        <translation>Wie oft das Mitglied seinen Nachfolger anpingt</translation>
    </message>
    <message>
        <source>No pong for this long: the successor is suspected, and other members are asked to probe it</source>
        <translation>So lange kein Pong: der Nachfolger wird verdächtigt, und andere Mitglieder werden gebeten, ihn zu prüfen</translation>
    </message>
    <message>
        <source>How long an indirect probe waits for the suspect&apos;s pong before it counts as failed</source>
        <translation>Wie lange eine indirekte Prüfung auf das Pong des Verdächtigen wartet, bevor sie als gescheitert gilt</translation>
    </message>
    <message>
        <source>How many other members are asked to probe a suspect (SWIM); 0: a suspect that misses one more ping is dead</source>
        <translation>Wie viele andere Mitglieder gebeten werden, einen Verdächtigen zu prüfen (SWIM); 0: ein Verdächtiger, der einen weiteren Ping verpasst, ist tot</translation>
    </message>
    <message>
        <source>How often the member asks its successor for its predecessor and list, and notifies it (Chord)</source>
        <translation>Wie oft das Mitglied seinen Nachfolger nach dessen Vorgänger und Liste fragt und ihn benachrichtigt (Chord)</translation>
    </message>
    <message>
        <source>Chat messages passed on this recently are sent again to a new successor when the old one dies</source>
        <translation>Chatnachrichten, die so kürzlich weitergegeben wurden, werden an einen neuen Nachfolger erneut gesendet, wenn der alte ausfällt</translation>
    </message>
    <message>
        <source>Members to join through, ws://HOST:PORT, comma-separated; without: the node its wire goes to, then the circuit&apos;s other ring nodes</source>
        <translation>Mitglieder zum Beitreten, ws://HOST:PORT, durch Kommas getrennt; ohne: der Knoten, zu dem seine Leitung führt, dann die anderen Ringknoten der Schaltung</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>from the name</source>
        <translation>aus dem Namen</translation>
    </message>
    <message>
        <source>Successors</source>
        <translation>Nachfolger</translation>
    </message>
    <message>
        <source>Heartbeat</source>
        <translation>Herzschlag</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Suspect after</source>
        <translation>Verdacht nach</translation>
    </message>
    <message>
        <source>Probe timeout</source>
        <translation>Prüf-Zeitlimit</translation>
    </message>
    <message>
        <source>Probes</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Stabilise</source>
        <translation>Stabilisieren</translation>
    </message>
    <message>
        <source>Resend window</source>
        <translation>Sendefenster</translation>
    </message>
    <message>
        <source>Join through</source>
        <translation>Beitreten über</translation>
    </message>
    <message>
        <source>its wire&apos;s node</source>
        <translation>der Knoten seiner Leitung</translation>
    </message>
    <message>
        <source>Say something round the ring in the Ring Chat (View ▸ Ring Chat); docs/ring.md explains the parameters.</source>
        <translation>Sagen Sie etwas im Ring-Chat rund um den Ring (Ansicht ▸ Ring-Chat); docs/ring.md erklärt die Parameter.</translation>
    </message>
    <message>
        <source>How many ticks the clock sends (forever: until stopped)</source>
        <translation>Wie viele Ticks der Taktgeber sendet (für immer: bis er gestoppt wird)</translation>
    </message>
    <message>
        <source>Seconds between the acknowledged tick and the next one</source>
        <translation>Sekunden zwischen dem bestätigten Tick und dem nächsten</translation>
    </message>
    <message>
        <source>Probability that a drawn bit is 0</source>
        <translation>Wahrscheinlichkeit, dass ein gezogenes Bit 0 ist</translation>
    </message>
    <message>
        <source>How many bits the pin draws and streams per tick</source>
        <translation>Wie viele Bits der Pin pro Tick zieht und streamt</translation>
    </message>
    <message>
        <source>A fixed random seed makes the bits repeatable; empty: random</source>
        <translation>Ein fester Zufalls-Startwert macht die Bits wiederholbar; leer: zufällig</translation>
    </message>
    <message>
        <source>What the buzzer answers to a 1</source>
        <translation>Was der Summer auf eine 1 antwortet</translation>
    </message>
    <message>
        <source>Select a node or a wire to see and edit its settings.</source>
        <translation>Wählen Sie einen Knoten oder eine Leitung, um seine Einstellungen zu sehen und zu bearbeiten.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Stop this node</source>
        <translation>Diesen Knoten stoppen</translation>
    </message>
    <message>
        <source>Start this node</source>
        <translation>Diesen Knoten starten</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Unique in the circuit</source>
        <translation>Eindeutig in der Schaltung</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>The address the node listens on (or runs at)</source>
        <translation>Die Adresse, auf der der Knoten lauscht (oder läuft)</translation>
    </message>
    <message>
        <source>A running node restarts on its new port</source>
        <translation>Ein laufender Knoten startet auf seinem neuen Port neu</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>auto</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Listen on the network (all addresses)</source>
        <translation>Im Netzwerk lauschen (alle Adressen)</translation>
    </message>
    <message>
        <source>Checked: the node listens on 0.0.0.0, unchecked: on 127.0.0.1 only</source>
        <translation>Angehakt: der Knoten lauscht auf 0.0.0.0, nicht angehakt: nur auf 127.0.0.1</translation>
    </message>
    <message>
        <source>Ticks</source>
        <translation>Ticks</translation>
    </message>
    <message>
        <source>forever</source>
        <translation>für immer</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Verzögerung</translation>
    </message>
    <message>
        <source>Chance of 0</source>
        <translation>Chance für 0</translation>
    </message>
    <message>
        <source>Bits per tick</source>
        <translation>Bits pro Tick</translation>
    </message>
    <message>
        <source>random</source>
        <translation>zufällig</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Klang</translation>
    </message>
    <message>
        <source>An LED has no parameters: it glows on 1.</source>
        <translation>Eine LED hat keine Parameter: sie leuchtet bei 1.</translation>
    </message>
    <message>
        <source>A proxy has no parameters. It relays every message to its target and the target&apos;s ack back, both through this workbench: pause, step and the fault rules of its wires reach traffic between nodes that run elsewhere.</source>
        <translation>Ein Proxy hat keine Parameter. Er leitet jede Nachricht an sein Ziel weiter und die Bestätigung des Ziels zurück, beides durch diese Werkbank: Pause, Einzelschritt und die Fehlerregeln seiner Leitungen erreichen den Verkehr zwischen Knoten, die anderswo laufen.</translation>
    </message>
    <message>
        <source>Discovered in the registry%1. It comes and goes with its registration and is not saved in the circuit file: it cannot be renamed, edited or deleted here, and its place on the canvas is not kept. Wire a clock, an iopin or a proxy to it like to any other node.</source>
        <translation>In der Registry entdeckt%1. Er kommt und geht mit seiner Anmeldung und wird nicht in der Schaltungsdatei gespeichert: er kann hier weder umbenannt, bearbeitet noch gelöscht werden, und sein Platz auf der Arbeitsfläche wird nicht behalten. Verbinden Sie einen Taktgeber, einen iopin oder einen Proxy mit ihm wie mit jedem anderen Knoten.</translation>
    </message>
    <message>
        <source> as %1</source>
        <translation> als %1</translation>
    </message>
    <message>
        <source>An external node runs elsewhere; wires reach it at its host and port.</source>
        <translation>Ein externer Knoten läuft anderswo; Leitungen erreichen ihn über seinen Host und Port.</translation>
    </message>
    <message>
        <source>A script node runs its JavaScript sketch: setup(params) once, then loop(channel, message) for every message, whose return value is the ack.</source>
        <translation>Ein Skriptknoten führt seinen JavaScript-Sketch aus: setup(params) einmal, dann loop(channel, message) für jede Nachricht, deren Rückgabewert die Bestätigung ist.</translation>
    </message>
    <message>
        <source>Edit Script…</source>
        <translation>Skript bearbeiten…</translation>
    </message>
    <message>
        <source>Open the sketch in the Script dock (or double-click the card)</source>
        <translation>Den Sketch im Skriptfenster öffnen (oder die Karte doppelklicken)</translation>
    </message>
</context>
<context>
    <name>wb::KeyboardLineEditor</name>
    <message>
        <source>Type a line, then Enter</source>
        <translation>Eine Zeile eingeben, dann Eingabe</translation>
    </message>
    <message>
        <source>Enter sends the line to the keyboard&apos;s targets; Escape closes</source>
        <translation>Eingabe sendet die Zeile an die Ziele der Tastatur; Esc schließt</translation>
    </message>
</context>
<context>
    <name>wb::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;System (%1)</source>
        <translation>&amp;System (%1)</translation>
    </message>
    <message>
        <source>Wirebench speaks %1 from its next start.</source>
        <translation>Wirebench spricht ab dem nächsten Start %1.</translation>
    </message>
</context>
<context>
    <name>wb::Lesson</name>
    <message>
        <source>nothing yet</source>
        <translation>noch nichts</translation>
    </message>
    <message>
        <source>the highest %1 was %2</source>
        <translation>der höchste Wert von %1 war %2</translation>
    </message>
    <message>
        <source>the last %1 was %2</source>
        <translation>der letzte Wert von %1 war %2</translation>
    </message>
    <message>
        <source>no %1 yet</source>
        <translation>noch kein %1</translation>
    </message>
    <message>
        <source>first %1 at %2</source>
        <translation>erstes %1 bei %2</translation>
    </message>
    <message>
        <source>%1 of %2 messages (%3) not acknowledged</source>
        <translation>%1 von %2 Nachrichten (%3) nicht bestätigt</translation>
    </message>
    <message>
        <source>%1 never happened</source>
        <translation>%1 ist nie eingetreten</translation>
    </message>
    <message>
        <source>%1 at %2, %3 %4 later (limit %5)</source>
        <translation>%1 bei %2, %3 %4 später (Grenze %5)</translation>
    </message>
    <message>
        <source>%1 at %2, no %3 within %4</source>
        <translation>%1 bei %2, kein %3 innerhalb von %4</translation>
    </message>
    <message>
        <source>%1 came first, at %2</source>
        <translation>%1 kam zuerst, bei %2</translation>
    </message>
    <message>
        <source>neither happened</source>
        <translation>keines ist eingetreten</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; ist keine Zahl</translation>
    </message>
    <message>
        <source>this text has no closing &apos;&quot;&apos;</source>
        <translation>diesem Text fehlt das schließende &apos;&quot;&apos;</translation>
    </message>
    <message>
        <source>&apos;=&apos; alone: compare with &apos;==&apos;, or give a filter as name: value</source>
        <translation>&apos;=&apos; allein: vergleichen Sie mit &apos;==&apos; oder geben Sie einen Filter als name: wert an</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>unerwartetes Zeichen &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>das Ende</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>ein Text</translation>
    </message>
    <message>
        <source>a condition</source>
        <translation>eine Bedingung</translation>
    </message>
    <message>
        <source>an event pattern</source>
        <translation>ein Ereignismuster</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>ein Wert</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; after the check</source>
        <translation>unerwartetes &apos;%1&apos; nach der Prüfung</translation>
    </message>
    <message>
        <source>a check must be a condition (a comparison, within, before, all or any), not %1</source>
        <translation>eine Prüfung muss eine Bedingung sein (ein Vergleich, within, before, all oder any), nicht %1</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>expected &apos;%1&apos; %2, found &apos;%3&apos;</source>
        <translation>&apos;%1&apos; %2 erwartet, &apos;%3&apos; gefunden</translation>
    </message>
    <message>
        <source>&apos;%1&apos; joins conditions; this is %2</source>
        <translation>&apos;%1&apos; verknüpft Bedingungen; dies ist %2</translation>
    </message>
    <message>
        <source>&apos;not&apos; takes a condition; this is %1</source>
        <translation>&apos;not&apos; nimmt eine Bedingung; dies ist %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; compares numbers or texts; this is %2 (count(...) counts a pattern&apos;s events)</source>
        <translation>&apos;%1&apos; vergleicht Zahlen oder Texte; dies ist %2 (count(...) zählt die Ereignisse eines Musters)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; orders numbers; a text can only be compared with == or !=</source>
        <translation>&apos;%1&apos; ordnet Zahlen; ein Text kann nur mit == oder != verglichen werden</translation>
    </message>
    <message>
        <source>to close &apos;(&apos;</source>
        <translation>um &apos;(&apos; zu schließen</translation>
    </message>
    <message>
        <source>expected a value, a pattern or a function, found &apos;%1&apos;</source>
        <translation>ein Wert, ein Muster oder eine Funktion erwartet, &apos;%1&apos; gefunden</translation>
    </message>
    <message>
        <source>unknown name &apos;%1&apos; (patterns: %2; functions: %3)</source>
        <translation>unbekannter Name &apos;%1&apos; (Muster: %2; Funktionen: %3)</translation>
    </message>
    <message>
        <source>expected a filter of %1 as name: value (%2), found &apos;%3&apos;</source>
        <translation>ein Filter von %1 als name: wert erwartet (%2), &apos;%3&apos; gefunden</translation>
    </message>
    <message>
        <source>%1 has no filter &apos;%2&apos; (it has %3)</source>
        <translation>%1 hat keinen Filter &apos;%2&apos; (er hat %3)</translation>
    </message>
    <message>
        <source>filter &apos;%1&apos; given twice</source>
        <translation>Filter &apos;%1&apos; zweimal angegeben</translation>
    </message>
    <message>
        <source>filter &apos;%1&apos; takes %2, found &apos;%3&apos;</source>
        <translation>Filter &apos;%1&apos; nimmt %2, &apos;%3&apos; gefunden</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a text in quotes</source>
        <translation>ein Text in Anführungszeichen</translation>
    </message>
    <message>
        <source>bad regular expression: %1</source>
        <translation>ungültiger regulärer Ausdruck: %1</translation>
    </message>
    <message>
        <source>between filters</source>
        <translation>zwischen Filtern</translation>
    </message>
    <message>
        <source>between arguments</source>
        <translation>zwischen Argumenten</translation>
    </message>
    <message>
        <source>%1 takes one condition or more</source>
        <translation>%1 nimmt eine Bedingung oder mehr</translation>
    </message>
    <message>
        <source>%1 takes conditions; &apos;%2&apos; is %3</source>
        <translation>%1 nimmt Bedingungen; &apos;%2&apos; ist %3</translation>
    </message>
    <message>
        <source>%1 takes %2 argument(s), not %3</source>
        <translation>%1 nimmt %2 Argument(e), nicht %3</translation>
    </message>
    <message>
        <source>%1: argument %2 (&apos;%3&apos;) must be %4, not %5</source>
        <translation>%1: Argument %2 (&apos;%3&apos;) muss %4 sein, nicht %5</translation>
    </message>
    <message>
        <source>max takes a live pattern with a key: max(live(node: &quot;queue&quot;, key: &quot;fill&quot;))</source>
        <translation>max nimmt ein live-Muster mit einem Schlüssel: max(live(node: &quot;queue&quot;, key: &quot;fill&quot;))</translation>
    </message>
    <message>
        <source>unacked takes a sent pattern: unacked(sent(from: &quot;clock&quot;))</source>
        <translation>unacked nimmt ein sent-Muster: unacked(sent(from: &quot;clock&quot;))</translation>
    </message>
    <message>
        <source>last of a live pattern needs its key</source>
        <translation>last eines live-Musters braucht seinen Schlüssel</translation>
    </message>
    <message>
        <source>line 1, column 1: the check is empty</source>
        <translation>Zeile 1, Spalte 1: die Prüfung ist leer</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>ein JSON-Objekt erwartet</translation>
    </message>
    <message>
        <source>unknown field (known: %1)</source>
        <translation>unbekanntes Feld (bekannt: %1)</translation>
    </message>
    <message>
        <source>must be &quot;wirebench-lesson&quot;</source>
        <translation>muss &quot;wirebench-lesson&quot; sein</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>muss %1 sein</translation>
    </message>
    <message>
        <source>a lesson needs a title</source>
        <translation>eine Lektion braucht einen Titel</translation>
    </message>
    <message>
        <source>a whole number from 0 to 9999</source>
        <translation>eine ganze Zahl von 0 bis 9999</translation>
    </message>
    <message>
        <source>a text (or a list of lines) saying what the lesson is for</source>
        <translation>ein Text (oder eine Liste von Zeilen), der sagt, wozu die Lektion dient</translation>
    </message>
    <message>
        <source>a list of texts</source>
        <translation>eine Liste von Texten</translation>
    </message>
    <message>
        <source>a list of file names</source>
        <translation>eine Liste von Dateinamen</translation>
    </message>
    <message>
        <source>a file name of the lesson&apos;s folder</source>
        <translation>ein Dateiname im Ordner der Lektion</translation>
    </message>
    <message>
        <source>the name of the circuit file in the lesson&apos;s folder</source>
        <translation>der Name der Schaltungsdatei im Ordner der Lektion</translation>
    </message>
    <message>
        <source>a number of seconds from 0.1 to 3600</source>
        <translation>eine Anzahl Sekunden von 0,1 bis 3600</translation>
    </message>
    <message>
        <source>a list of one check or more</source>
        <translation>eine Liste von einer Prüfung oder mehr</translation>
    </message>
    <message>
        <source>an object with &quot;text&quot; and &quot;check&quot;</source>
        <translation>ein Objekt mit &quot;text&quot; und &quot;check&quot;</translation>
    </message>
    <message>
        <source>unknown field (known: text, check)</source>
        <translation>unbekanntes Feld (bekannt: text, check)</translation>
    </message>
    <message>
        <source>the check in words, as students read it</source>
        <translation>die Prüfung in Worten, wie die Lernenden sie lesen</translation>
    </message>
    <message>
        <source>a text (or a list of lines) in the check language</source>
        <translation>ein Text (oder eine Liste von Zeilen) in der Prüfsprache</translation>
    </message>
    <message>
        <source>%1: circuit: %2</source>
        <translation>%1: Schaltung: %2</translation>
    </message>
    <message>
        <source>%1 is not in the lesson&apos;s folder</source>
        <translation>%1 ist nicht im Ordner der Lektion</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 ist kein Ordner</translation>
    </message>
    <message>
        <source>larger than 1 MiB</source>
        <translation>größer als 1 MiB</translation>
    </message>
</context>
<context>
    <name>wb::LessonCheckModel</name>
    <message>
        <source>waiting for the run</source>
        <translation>wartet auf den Lauf</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>wb::LessonController</name>
    <message>
        <source>Lesson</source>
        <translation>Lektion</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Lektionen</translation>
    </message>
    <message>
        <source>&amp;Start Page</source>
        <translation>S&amp;tartseite</translation>
    </message>
    <message>
        <source>Open Lesson &amp;Folder…</source>
        <translation>Lektions&amp;ordner öffnen…</translation>
    </message>
    <message>
        <source>Open Lesson Folder</source>
        <translation>Lektionsordner öffnen</translation>
    </message>
    <message>
        <source>Lesson: %1</source>
        <translation>Lektion: %1</translation>
    </message>
    <message>
        <source>Save Lesson Files Into</source>
        <translation>Lektionsdateien speichern in</translation>
    </message>
    <message>
        <source>Lesson files saved in %1</source>
        <translation>Lektionsdateien in %1 gespeichert</translation>
    </message>
</context>
<context>
    <name>wb::LessonPanel</name>
    <message>
        <source>Save Lesson Files…</source>
        <translation>Lektionsdateien speichern…</translation>
    </message>
    <message>
        <source>Close Lesson</source>
        <translation>Lektion schließen</translation>
    </message>
    <message>
        <source>Open a Lesson…</source>
        <translation>Eine Lektion öffnen…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Checks&lt;/b&gt; (judged over the run; those that need the whole run are judged when it stops)</source>
        <translation>&lt;b&gt;Prüfungen&lt;/b&gt; (über den Lauf bewertet; die den ganzen Lauf brauchen, werden bewertet, wenn er endet)</translation>
    </message>
    <message>
        <source>&lt;p&gt;No lesson is open. File ▸ Lessons lists the built-in ones; a lesson folder of your own opens with File ▸ Lessons ▸ Open Lesson Folder….&lt;/p&gt;</source>
        <translation>&lt;p&gt;Keine Lektion ist geöffnet. Datei ▸ Lektionen listet die eingebauten auf; einen eigenen Lektionsordner öffnen Sie mit Datei ▸ Lektionen ▸ Lektionsordner öffnen….&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>&lt;p&gt;Save Lesson Files… copies them to a folder of yours.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Lektionsdateien speichern… kopiert sie in einen Ordner Ihrer Wahl.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Run length: %1 s%2</source>
        <translation>Laufdauer: %1 s%2</translation>
    </message>
    <message>
        <source> · needs a registry (Run ▸ Discover Nodes)</source>
        <translation> · braucht eine Registry (Ausführen ▸ Knoten entdecken)</translation>
    </message>
</context>
<context>
    <name>wb::Link</name>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>no pong within %1 s</source>
        <translation>kein Pong innerhalb von %1 s</translation>
    </message>
    <message>
        <source>%1 messages already wait for %2</source>
        <translation>%1 Nachrichten warten bereits auf %2</translation>
    </message>
    <message>
        <source>the message is over %1 bytes, the limit of a message</source>
        <translation>die Nachricht ist größer als %1 Bytes, die Grenze einer Nachricht</translation>
    </message>
    <message>
        <source>cannot reach %1: %2</source>
        <translation>%1 nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>crashed</source>
        <translation>abgestürzt</translation>
    </message>
    <message>
        <source>a binary frame where an ack was due: binary frames are not part of the protocol</source>
        <translation>ein Binärframe, wo eine Bestätigung fällig war: Binärframes gehören nicht zum Protokoll</translation>
    </message>
    <message>
        <source>connection closed (code %1)</source>
        <translation>Verbindung geschlossen (Code %1)</translation>
    </message>
    <message>
        <source>an ack that answers no message: %1</source>
        <translation>eine Bestätigung, die keine Nachricht beantwortet: %1</translation>
    </message>
    <message>
        <source>cannot reach %1: %2 (closed with code %3)</source>
        <translation>%1 nicht erreichbar: %2 (geschlossen mit Code %3)</translation>
    </message>
    <message>
        <source>no ack within %1 s</source>
        <translation>keine Bestätigung innerhalb von %1 s</translation>
    </message>
    <message>
        <source>after 1 attempt</source>
        <translation>nach 1 Versuch</translation>
    </message>
    <message>
        <source>after %1 attempts</source>
        <translation>nach %1 Versuchen</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
</context>
<context>
    <name>wb::LocalNode</name>
    <message>
        <source>%1 is not running</source>
        <translation>%1 läuft nicht</translation>
    </message>
    <message>
        <source>%1 has no address to send to</source>
        <translation>%1 hat keine Adresse, an die er senden kann</translation>
    </message>
</context>
<context>
    <name>wb::LogModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
</context>
<context>
    <name>wb::LogPanel</name>
    <message>
        <source>Show the lines of one node</source>
        <translation>Die Zeilen eines Knotens zeigen</translation>
    </message>
    <message>
        <source>Filter lines…</source>
        <translation>Zeilen filtern…</translation>
    </message>
    <message>
        <source>Follow the newest line</source>
        <translation>Der neuesten Zeile folgen</translation>
    </message>
    <message>
        <source>Clear the log</source>
        <translation>Das Protokoll leeren</translation>
    </message>
    <message>
        <source>All nodes</source>
        <translation>Alle Knoten</translation>
    </message>
    <message>
        <source>Workbench</source>
        <translation>Werkbank</translation>
    </message>
</context>
<context>
    <name>wb::LogicAnalyzer</name>
    <message>
        <source>Back to live</source>
        <translation>Zurück zu live</translation>
    </message>
    <message>
        <source>Open Recording…</source>
        <translation>Aufzeichnung öffnen…</translation>
    </message>
    <message>
        <source>Open a saved recording (.vcd or .csv) for review</source>
        <translation>Eine gespeicherte Aufzeichnung (.vcd oder .csv) zur Durchsicht öffnen</translation>
    </message>
    <message>
        <source>Open Recording</source>
        <translation>Aufzeichnung öffnen</translation>
    </message>
    <message>
        <source>Recordings (*.vcd *.csv)</source>
        <translation>Aufzeichnungen (*.vcd *.csv)</translation>
    </message>
    <message>
        <source>Save Recording…</source>
        <translation>Aufzeichnung speichern…</translation>
    </message>
    <message>
        <source>Save the recording: VCD for GTKWave, PulseView and sigrok; CSV with every message</source>
        <translation>Die Aufzeichnung speichern: VCD für GTKWave, PulseView und sigrok; CSV mit jeder Nachricht</translation>
    </message>
    <message>
        <source>Save Recording</source>
        <translation>Aufzeichnung speichern</translation>
    </message>
    <message>
        <source>Value Change Dump (*.vcd)</source>
        <translation>Value Change Dump (*.vcd)</translation>
    </message>
    <message>
        <source>Every event as CSV (*.csv)</source>
        <translation>Jedes Ereignis als CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export Plot Image…</source>
        <translation>Plot als Bild exportieren…</translation>
    </message>
    <message>
        <source>Save the visible plot as PNG or SVG</source>
        <translation>Den sichtbaren Plot als PNG oder SVG speichern</translation>
    </message>
    <message>
        <source>Export Plot</source>
        <translation>Plot exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom in (+, or the wheel)</source>
        <translation>Vergrößern (+ oder das Mausrad)</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation>Verkleinern (-)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Show the whole recording (F)</source>
        <translation>Die ganze Aufzeichnung zeigen (F)</translation>
    </message>
    <message>
        <source>Follow Live</source>
        <translation>Live folgen</translation>
    </message>
    <message>
        <source>Keep now at the right edge while the circuit runs (End)</source>
        <translation>Das Jetzt am rechten Rand halten, während die Schaltung läuft (Ende)</translation>
    </message>
    <message>
        <source>Cursors</source>
        <translation>Cursor</translation>
    </message>
    <message>
        <source>Two cursors that measure Δt and frequency (or click the time ruler)</source>
        <translation>Zwei Cursor, die Δt und Frequenz messen (oder auf das Zeitlineal klicken)</translation>
    </message>
    <message>
        <source>Back to Live Recording</source>
        <translation>Zurück zur Live-Aufzeichnung</translation>
    </message>
    <message>
        <source>Reviewing %1: %L2 events, nothing runs.</source>
        <translation>Durchsicht von %1: %L2 Ereignisse, nichts läuft.</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Saved the recording to %1</source>
        <translation>Aufzeichnung in %1 gespeichert</translation>
    </message>
    <message>
        <source>Saved the plot to %1</source>
        <translation>Plot in %1 gespeichert</translation>
    </message>
    <message>
        <source>%L1 events</source>
        <translation>%L1 Ereignisse</translation>
    </message>
    <message>
        <source>%L1 dropped (cap %L2)</source>
        <translation>%L1 verworfen (Grenze %L2)</translation>
    </message>
    <message>
        <source>A %1 · B %2 · Δt %3 · %4</source>
        <translation>A %1 · B %2 · Δt %3 · %4</translation>
    </message>
</context>
<context>
    <name>wb::MainWindow</name>
    <message>
        <source>Components</source>
        <translation>Komponenten</translation>
    </message>
    <message>
        <source>Mesh</source>
        <translation>Mesh</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Logic Analyzer</source>
        <translation>Logikanalysator</translation>
    </message>
    <message>
        <source>Sequence Chart</source>
        <translation>Sequenzdiagramm</translation>
    </message>
    <message>
        <source>Ring Chat</source>
        <translation>Ring-Chat</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Konsole</translation>
    </message>
    <message>
        <source>About Wirebench</source>
        <translation>Über Wirebench</translation>
    </message>
    <message>
        <source>&lt;b&gt;Wirebench %1&lt;/b&gt;&lt;p&gt;A circuit workbench whose components are real WebSocket nodes, compatible with the Python nodes of “Reactive Python” (2016).&lt;/p&gt;</source>
        <translation>&lt;b&gt;Wirebench %1&lt;/b&gt;&lt;p&gt;Eine Schaltungswerkbank, deren Komponenten echte WebSocket-Knoten sind, kompatibel mit den Python-Knoten von „Reactive Python“ (2016).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Nicht geändert: %1</translation>
    </message>
    <message>
        <source>%1 could not start: %2</source>
        <translation>%1 konnte nicht starten: %2</translation>
    </message>
    <message>
        <source>Wirebench</source>
        <translation>Wirebench</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>recording the buzzer&apos;s sound to %1</source>
        <translation>der Klang des Summers wird in %1 aufgezeichnet</translation>
    </message>
    <message>
        <source>cannot record: %1</source>
        <translation>Aufzeichnung nicht möglich: %1</translation>
    </message>
    <message>
        <source>sound recorded to %1</source>
        <translation>Klang in %1 aufgezeichnet</translation>
    </message>
    <message>
        <source>recording failed: %1</source>
        <translation>Aufzeichnung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Record sound to</source>
        <translation>Klang aufzeichnen in</translation>
    </message>
    <message>
        <source>WAV audio (*.wav)</source>
        <translation>WAV-Audio (*.wav)</translation>
    </message>
</context>
<context>
    <name>wb::MeshDiscovery</name>
    <message>
        <source>the record names &quot;%1&quot;</source>
        <translation>der Eintrag nennt „%1“</translation>
    </message>
    <message>
        <source>a local node of this circuit has that name; %1 is not shown</source>
        <translation>ein lokaler Knoten dieser Schaltung hat diesen Namen; %1 wird nicht angezeigt</translation>
    </message>
</context>
<context>
    <name>wb::MeshRuntime</name>
    <message>
        <source>the node is down</source>
        <translation>der Knoten ist ausgefallen</translation>
    </message>
    <message>
        <source>the node is down (%1)</source>
        <translation>der Knoten ist ausgefallen (%1)</translation>
    </message>
</context>
<context>
    <name>wb::MeshTableModel</name>
    <message>
        <source>Chosen by the system when the node starts (port 0, auto, in the file). Double-click to set one (1–65535).</source>
        <translation>Vom System gewählt, wenn der Knoten startet (Port 0, auto, in der Datei). Doppelklicken, um einen festzulegen (1–65535).</translation>
    </message>
    <message>
        <source>Double-click to change the port (1–65535); a running node restarts.</source>
        <translation>Doppelklicken, um den Port zu ändern (1–65535); ein laufender Knoten startet neu.</translation>
    </message>
    <message>
        <source>Discovered in the registry: it comes and goes with its registration, is not saved in the file and cannot be edited here</source>
        <translation>In der Registry entdeckt: er kommt und geht mit seiner Anmeldung, wird nicht in der Datei gespeichert und kann hier nicht bearbeitet werden</translation>
    </message>
    <message>
        <source>%1: double-click to rename</source>
        <translation>%1: zum Umbenennen doppelklicken</translation>
    </message>
    <message>
        <source>Round-trip time of the last acknowledged message</source>
        <translation>Umlaufzeit der letzten bestätigten Nachricht</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Gesundheit</translation>
    </message>
    <message>
        <source>Ping</source>
        <translation>Ping</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Ein</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Ack</source>
        <translation>Best.</translation>
    </message>
    <message>
        <source>RTT</source>
        <translation>RTT</translation>
    </message>
    <message>
        <source>Local (runs in this program), external (at an address) or discovered</source>
        <translation>Lokal (läuft in diesem Programm), extern (an einer Adresse) oder entdeckt</translation>
    </message>
    <message>
        <source>An external node&apos;s liveness (ping/pong): point at its mark for the details</source>
        <translation>Die Lebendigkeit eines externen Knotens (Ping/Pong): zeigen Sie auf seine Markierung für die Details</translation>
    </message>
    <message>
        <source>The last ping round trip of an external node</source>
        <translation>Die letzte Ping-Umlaufzeit eines externen Knotens</translation>
    </message>
    <message>
        <source>Messages received (by a node that runs elsewhere: those sent to it)</source>
        <translation>Empfangene Nachrichten (bei einem Knoten, der anderswo läuft: die an ihn gesendeten)</translation>
    </message>
    <message>
        <source>Messages sent</source>
        <translation>Gesendete Nachrichten</translation>
    </message>
    <message>
        <source>The last acknowledgement the node received or sent</source>
        <translation>Die letzte Bestätigung, die der Knoten empfangen oder gesendet hat</translation>
    </message>
    <message>
        <source>local</source>
        <translation>lokal</translation>
    </message>
    <message>
        <source>discovered</source>
        <translation>entdeckt</translation>
    </message>
    <message>
        <source>external</source>
        <translation>extern</translation>
    </message>
    <message>
        <source>remote</source>
        <translation>entfernt</translation>
    </message>
</context>
<context>
    <name>wb::NetworkSecurity</name>
    <message>
        <source>%1: cannot create its folder</source>
        <translation>%1: sein Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>--token-file: choose a file</source>
        <translation>--token-file: wählen Sie eine Datei</translation>
    </message>
    <message>
        <source>--tls-pin %1: with --tls-cert, connections pin that certificate (the nodes here connect to each other over wss); leave it out</source>
        <translation>--tls-pin %1: mit --tls-cert pinnen Verbindungen dieses Zertifikat (die Knoten hier verbinden sich untereinander über wss); lassen Sie es weg</translation>
    </message>
    <message>
        <source>A certificate needs its key, and a key its certificate</source>
        <translation>Ein Zertifikat braucht seinen Schlüssel und ein Schlüssel sein Zertifikat</translation>
    </message>
    <message>
        <source>The token of WIREBENCH_TOKEN</source>
        <translation>Das Token aus WIREBENCH_TOKEN</translation>
    </message>
    <message>
        <source>Token file</source>
        <translation>Token-Datei</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Privater Schlüssel</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message>
        <source> · open</source>
        <translation> · offen</translation>
    </message>
    <message>
        <source> · token</source>
        <translation> · Token</translation>
    </message>
</context>
<context>
    <name>wb::NetworkSecurityControl</name>
    <message>
        <source>Network security for the next Run: %1</source>
        <translation>Netzwerksicherheit für den nächsten Lauf: %1</translation>
    </message>
    <message>
        <source>Network security: %1. LAN nodes refuse every client until it is fixed (Run ▸ Network Security…)</source>
        <translation>Netzwerksicherheit: %1. LAN-Knoten weisen jeden Client ab, bis das behoben ist (Ausführen ▸ Netzwerksicherheit…)</translation>
    </message>
    <message>
        <source>Cannot save the token: %1</source>
        <translation>Das Token kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Network security saved: it applies at the next Run (the running nodes keep theirs until the circuit stops)</source>
        <translation>Netzwerksicherheit gespeichert: sie gilt ab dem nächsten Lauf (die laufenden Knoten behalten ihre, bis die Schaltung stoppt)</translation>
    </message>
    <message>
        <source>Network security: %1</source>
        <translation>Netzwerksicherheit: %1</translation>
    </message>
    <message>
        <source>LAN nodes are open to anyone on the network</source>
        <translation>LAN-Knoten sind für jeden im Netz offen</translation>
    </message>
    <message>
        <source>LAN nodes require the token</source>
        <translation>LAN-Knoten verlangen das Token</translation>
    </message>
    <message>
        <source>nodes serve wss (TLS)</source>
        <translation>Knoten bedienen wss (TLS)</translation>
    </message>
    <message>
        <source>connections use wss to the pinned certificate</source>
        <translation>Verbindungen nutzen wss zum gepinnten Zertifikat</translation>
    </message>
</context>
<context>
    <name>wb::NetworkSecurityDialog</name>
    <message>
        <source>Network Security</source>
        <translation>Netzwerksicherheit</translation>
    </message>
    <message>
        <source>Nodes that listen on the network (LAN) can be reached by other machines. Nodes on 127.0.0.1 stay open to this computer&apos;s programs, as the seed&apos;s Python nodes expect.</source>
        <translation>Knoten, die im Netzwerk (LAN) lauschen, sind von anderen Rechnern erreichbar. Knoten auf 127.0.0.1 bleiben für die Programme dieses Rechners offen, wie es die Python-Knoten des Seeds erwarten.</translation>
    </message>
    <message>
        <source>This run uses the command line&apos;s --token-file, --tls-… options (or WIREBENCH_TOKEN) where given; what you save here applies where they are not, and from the next start.</source>
        <translation>Dieser Lauf verwendet die Optionen --token-file, --tls-… der Befehlszeile (oder WIREBENCH_TOKEN), wo angegeben; was Sie hier speichern, gilt, wo sie fehlen, und ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>&amp;Require a token from clients of LAN nodes</source>
        <translation>Von Clients der LAN-Knoten ein Token ve&amp;rlangen</translation>
    </message>
    <message>
        <source>Clients send it as &quot;Authorization: Bearer TOKEN&quot; or &quot;?token=TOKEN&quot;; the nodes of this workbench send it to the nodes they connect to</source>
        <translation>Clients senden es als &quot;Authorization: Bearer TOKEN&quot; oder &quot;?token=TOKEN&quot;; die Knoten dieser Werkbank senden es an die Knoten, mit denen sie sich verbinden</translation>
    </message>
    <message>
        <source>&amp;Generated:</source>
        <translation>&amp;Erzeugt:</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the token, to give it to the other machines&apos; peers</source>
        <translation>Das Token kopieren, um es den Gegenstellen auf den anderen Rechnern zu geben</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>A fresh random token (256 bits); clients with the old one are refused from the next Run</source>
        <translation>Ein frisches Zufallstoken (256 Bit); Clients mit dem alten werden ab dem nächsten Lauf abgewiesen</translation>
    </message>
    <message>
        <source>From a &amp;file:</source>
        <translation>Aus einer &amp;Datei:</translation>
    </message>
    <message>
        <source>Its first line: at least 32 characters</source>
        <translation>Ihre erste Zeile: mindestens 32 Zeichen</translation>
    </message>
    <message>
        <source>Token File</source>
        <translation>Token-Datei</translation>
    </message>
    <message>
        <source>Peers send it as &quot;Authorization: Bearer TOKEN&quot; (Python: websockets.connect(url, extra_headers=...)) or ?token=TOKEN; see docs/security.md.</source>
        <translation>Gegenstellen senden es als &quot;Authorization: Bearer TOKEN&quot; (Python: websockets.connect(url, extra_headers=...)) oder ?token=TOKEN; siehe docs/security.md.</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>TLS (wss)</source>
        <translation>TLS (wss)</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
        <translation>PEM-Dateien (*.pem *.crt *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>None: nodes serve plain ws://</source>
        <translation>Keines: Knoten bedienen einfaches ws://</translation>
    </message>
    <message>
        <source>Ce&amp;rtificate:</source>
        <translation>Zer&amp;tifikat:</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>The certificate&apos;s unencrypted RSA or EC key</source>
        <translation>Der unverschlüsselte RSA- oder EC-Schlüssel des Zertifikats</translation>
    </message>
    <message>
        <source>Private &amp;key:</source>
        <translation>Privater &amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Private Key</source>
        <translation>Privater Schlüssel</translation>
    </message>
    <message>
        <source>SHA-256 of this certificate: pin it on the machines that connect to these nodes</source>
        <translation>SHA-256 dieses Zertifikats: pinnen Sie es auf den Rechnern, die sich mit diesen Knoten verbinden</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Kop&amp;ieren</translation>
    </message>
    <message>
        <source>Its fingerprint:</source>
        <translation>Sein Fingerabdruck:</translation>
    </message>
    <message>
        <source>None: connections use plain ws:// (with a certificate: its fingerprint)</source>
        <translation>Keiner: Verbindungen nutzen einfaches ws:// (mit einem Zertifikat: sein Fingerabdruck)</translation>
    </message>
    <message>
        <source>Every connection these nodes open then speaks wss and accepts only the certificate of this SHA-256 fingerprint (64 hex digits, colons allowed: openssl x509 -noout -fingerprint -sha256)</source>
        <translation>Jede Verbindung, die diese Knoten öffnen, spricht dann wss und akzeptiert nur das Zertifikat mit diesem SHA-256-Fingerabdruck (64 Hex-Ziffern, Doppelpunkte erlaubt: openssl x509 -noout -fingerprint -sha256)</translation>
    </message>
    <message>
        <source>&amp;Pin for connections:</source>
        <translation>&amp;Pin für Verbindungen:</translation>
    </message>
    <message>
        <source>A certificate makes every node here serve wss, those on 127.0.0.1 too: plain ws:// peers (the seed&apos;s Python nodes) then need wss and the pin.</source>
        <translation>Ein Zertifikat lässt jeden Knoten hier wss bedienen, auch die auf 127.0.0.1: einfache ws://-Gegenstellen (die Python-Knoten des Seeds) brauchen dann wss und den Pin.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>No certificate</source>
        <translation>Kein Zertifikat</translation>
    </message>
    <message>
        <source>No PEM certificate in that file</source>
        <translation>Kein PEM-Zertifikat in dieser Datei</translation>
    </message>
</context>
<context>
    <name>wb::NetworkSecurityWarning</name>
    <message>
        <source>⚠ LAN nodes refuse every client</source>
        <translation>⚠ LAN-Knoten weisen jeden Client ab</translation>
    </message>
</context>
<context>
    <name>wb::NodeRegistration</name>
    <message>
        <source>another node</source>
        <translation>ein anderer Knoten</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; is taken: %2 holds it in the registry; choose another name</source>
        <translation>der Name „%1“ ist vergeben: %2 hält ihn in der Registry; wählen Sie einen anderen Namen</translation>
    </message>
</context>
<context>
    <name>wb::PaletteWidget</name>
    <message>
        <source>Drag a component onto the canvas, or press Enter to place it</source>
        <translation>Ziehen Sie eine Komponente auf die Arbeitsfläche oder drücken Sie Eingabe, um sie zu platzieren</translation>
    </message>
    <message>
        <source>Ticks at a steady pace</source>
        <translation>Tickt in gleichmäßigem Takt</translation>
    </message>
    <message>
        <source>Random bits on each tick</source>
        <translation>Zufällige Bits bei jedem Tick</translation>
    </message>
    <message>
        <source>Buzzes on 1, quiet on 0</source>
        <translation>Summt bei 1, still bei 0</translation>
    </message>
    <message>
        <source>Lights on 1, dark on 0</source>
        <translation>Leuchtet bei 1, dunkel bei 0</translation>
    </message>
    <message>
        <source>Relays messages and their acks</source>
        <translation>Leitet Nachrichten und ihre Bestätigungen weiter</translation>
    </message>
    <message>
        <source>Chats round a ring that heals</source>
        <translation>Chattet rund um einen Ring, der sich selbst heilt</translation>
    </message>
    <message>
        <source>Sends the lines you type</source>
        <translation>Sendet die Zeilen, die Sie tippen</translation>
    </message>
    <message>
        <source>Holds messages in order, up to its capacity</source>
        <translation>Hält Nachrichten der Reihe nach, bis zu ihrer Kapazität</translation>
    </message>
    <message>
        <source>Takes its time over each message</source>
        <translation>Lässt sich für jede Nachricht Zeit</translation>
    </message>
    <message>
        <source>Shows the lines it receives</source>
        <translation>Zeigt die Zeilen, die sie empfängt</translation>
    </message>
    <message>
        <source>Runs a sketch you write in JavaScript</source>
        <translation>Führt einen Sketch aus, den Sie in JavaScript schreiben</translation>
    </message>
    <message>
        <source>A node elsewhere, by address</source>
        <translation>Ein Knoten anderswo, über seine Adresse</translation>
    </message>
</context>
<context>
    <name>wb::PeerWatch</name>
    <message>
        <source>no handshake within %1 s</source>
        <translation>kein Handshake innerhalb von %1 s</translation>
    </message>
    <message>
        <source>no pong within %1 s</source>
        <translation>kein Pong innerhalb von %1 s</translation>
    </message>
</context>
<context>
    <name>wb::Recording</name>
    <message>
        <source>not a Wirebench recording (expected the header %1)</source>
        <translation>keine Wirebench-Aufzeichnung (erwartet wurde der Kopf %1)</translation>
    </message>
    <message>
        <source>the column %1 is missing</source>
        <translation>die Spalte %1 fehlt</translation>
    </message>
    <message>
        <source>line %1: %2 fields, expected %3</source>
        <translation>Zeile %1: %2 Felder, erwartet %3</translation>
    </message>
    <message>
        <source>line %1: unreadable time %2</source>
        <translation>Zeile %1: unlesbare Zeit %2</translation>
    </message>
    <message>
        <source>line %1: a fill is a whole number of its capacity, not %2 of %3</source>
        <translation>Zeile %1: ein Füllstand ist eine ganze Zahl seiner Kapazität, nicht %2 von %3</translation>
    </message>
    <message>
        <source>line %1: unknown event %2</source>
        <translation>Zeile %1: unbekanntes Ereignis %2</translation>
    </message>
    <message>
        <source>%1: a recording is saved as .vcd or .csv</source>
        <translation>%1: eine Aufzeichnung wird als .vcd oder .csv gespeichert</translation>
    </message>
    <message>
        <source>%1: a recording is a .vcd or .csv file</source>
        <translation>%1: eine Aufzeichnung ist eine .vcd- oder .csv-Datei</translation>
    </message>
    <message>
        <source>a VCD timescale is 1, 10 or 100 of s, ms, us or ns</source>
        <translation>eine VCD-Zeitskala ist 1, 10 oder 100 von s, ms, us oder ns</translation>
    </message>
    <message>
        <source>unreadable time %1</source>
        <translation>unlesbare Zeit %1</translation>
    </message>
    <message>
        <source>a value without its variable at the end</source>
        <translation>ein Wert ohne seine Variable am Ende</translation>
    </message>
    <message>
        <source>unexpected %1</source>
        <translation>unerwartet: %1</translation>
    </message>
</context>
<context>
    <name>wb::RegistryClient</name>
    <message>
        <source>registry %1: not an etcd answer (%2)</source>
        <translation>Registry %1: keine etcd-Antwort (%2)</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>registry %1: %2</source>
        <translation>Registry %1: %2</translation>
    </message>
</context>
<context>
    <name>wb::RegistryWatch</name>
    <message>
        <source>registry %1: the watch ended</source>
        <translation>Registry %1: die Beobachtung endete</translation>
    </message>
</context>
<context>
    <name>wb::ReplayBar</name>
    <message>
        <source>Replay</source>
        <translation>Wiedergabe</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Play the recording at the chosen speed</source>
        <translation>Die Aufzeichnung mit der gewählten Geschwindigkeit abspielen</translation>
    </message>
    <message>
        <source>The moment of the recording shown (Left, Right, Page Up, Page Down, Home, End)</source>
        <translation>Der gezeigte Moment der Aufzeichnung (Links, Rechts, Bild auf, Bild ab, Pos1, Ende)</translation>
    </message>
    <message>
        <source>Real time</source>
        <translation>Echtzeit</translation>
    </message>
    <message>
        <source>How fast Play moves through the recording</source>
        <translation>Wie schnell Abspielen durch die Aufzeichnung läuft</translation>
    </message>
    <message>
        <source>Back to Live</source>
        <translation>Zurück zu live</translation>
    </message>
    <message>
        <source>End the replay: the canvas, the chart and the analyzer show the circuit&apos;s own run again</source>
        <translation>Die Wiedergabe beenden: Arbeitsfläche, Diagramm und Analysator zeigen wieder den eigenen Lauf der Schaltung</translation>
    </message>
    <message>
        <source>Replaying &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Wiedergabe von &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
</context>
<context>
    <name>wb::ReplayController</name>
    <message>
        <source>Replaying %1: the open circuit does not match the recording (it has none of its nodes): open the circuit it was recorded from to see it on the canvas</source>
        <translation>Wiedergabe von %1: die geöffnete Schaltung passt nicht zur Aufzeichnung (sie hat keinen ihrer Knoten): öffnen Sie die Schaltung, aus der sie aufgezeichnet wurde, um sie auf der Arbeitsfläche zu sehen</translation>
    </message>
    <message>
        <source>Replaying %1: the open circuit does not match the recording: it has no node named %2</source>
        <translation>Wiedergabe von %1: die geöffnete Schaltung passt nicht zur Aufzeichnung: sie hat keinen Knoten namens %2</translation>
    </message>
    <message>
        <source>Replaying %1: move the slider or press Play</source>
        <translation>Wiedergabe von %1: bewegen Sie den Schieberegler oder drücken Sie Abspielen</translation>
    </message>
    <message>
        <source>Back to live: the canvas shows the circuit&apos;s own run</source>
        <translation>Zurück zu live: die Arbeitsfläche zeigt den eigenen Lauf der Schaltung</translation>
    </message>
    <message>
        <source>⚠ Not in the open circuit: %1</source>
        <translation>⚠ Nicht in der geöffneten Schaltung: %1</translation>
    </message>
</context>
<context>
    <name>wb::ReportDialog</name>
    <message>
        <source>The whole run</source>
        <translation>Der ganze Lauf</translation>
    </message>
    <message>
        <source>Export Lab Report</source>
        <translation>Laborbericht exportieren</translation>
    </message>
    <message>
        <source>What you saw, what you measured, your answers…</source>
        <translation>Was Sie gesehen, was Sie gemessen haben, Ihre Antworten…</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>or from</source>
        <translation>oder von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>&amp;Student:</source>
        <translation>&amp;Lernende(r):</translation>
    </message>
    <message>
        <source>Sequence chart:</source>
        <translation>Sequenzdiagramm:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>PDF &amp;exportieren…</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>nicht bestanden</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>Wrote the lab report to %1</source>
        <translation>Laborbericht in %1 geschrieben</translation>
    </message>
    <message>
        <source>The lab report was not written: %1</source>
        <translation>Der Laborbericht wurde nicht geschrieben: %1</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>wb::RingChat</name>
    <message>
        <source>Only this member</source>
        <translation>Nur dieses Mitglied</translation>
    </message>
    <message>
        <source>Say</source>
        <translation>Sagen</translation>
    </message>
    <message>
        <source>The member that says your line; selecting a ring node on the canvas picks it too</source>
        <translation>Das Mitglied, das Ihre Zeile sagt; einen Ringknoten auf der Arbeitsfläche auszuwählen, wählt es auch hier</translation>
    </message>
    <message>
        <source>Show what the picked member sees, not every member&apos;s events</source>
        <translation>Zeigen, was das gewählte Mitglied sieht, nicht die Ereignisse aller Mitglieder</translation>
    </message>
    <message>
        <source>Clear the chat</source>
        <translation>Den Chat leeren</translation>
    </message>
    <message>
        <source>Say something round the ring, then Enter</source>
        <translation>Sagen Sie etwas rund um den Ring, dann Eingabe</translation>
    </message>
    <message>
        <source>Send the line round the ring from the picked member (Enter)</source>
        <translation>Die Zeile vom gewählten Mitglied aus rund um den Ring senden (Eingabe)</translation>
    </message>
    <message>
        <source>There is no ring node to say it: Insert ▸ Ring of N… places a ring.</source>
        <translation>Es gibt keinen Ringknoten, der es sagen könnte: Einfügen ▸ Ring aus N… platziert einen Ring.</translation>
    </message>
    <message>
        <source>%1 has crashed: restart it (its menu on the canvas) to say anything there.</source>
        <translation>%1 ist abgestürzt: starten Sie ihn neu (sein Menü auf der Arbeitsfläche), um dort etwas zu sagen.</translation>
    </message>
    <message>
        <source>%1 hangs: wake it up (its menu on the canvas) to say anything there.</source>
        <translation>%1 hängt: wecken Sie ihn auf (sein Menü auf der Arbeitsfläche), um dort etwas zu sagen.</translation>
    </message>
    <message>
        <source>%1 is leaving the ring: it stops.</source>
        <translation>%1 verlässt den Ring: er stoppt.</translation>
    </message>
    <message>
        <source>%1 does not run: Run (F5) starts the circuit, or Start in its inspector.</source>
        <translation>%1 läuft nicht: Ausführen (F5) startet die Schaltung, oder Starten in seinem Inspektor.</translation>
    </message>
    <message>
        <source>%1 could not start: %2</source>
        <translation>%1 konnte nicht starten: %2</translation>
    </message>
    <message>
        <source>A chat line has at most %L1 characters; this one has %L2.</source>
        <translation>Eine Chatzeile hat höchstens %L1 Zeichen; diese hat %L2.</translation>
    </message>
    <message>
        <source>%1 did not take the line (is it a ring member that runs?).</source>
        <translation>%1 hat die Zeile nicht angenommen (ist es ein laufendes Ringmitglied?).</translation>
    </message>
    <message>
        <source>no ring node</source>
        <translation>kein Ringknoten</translation>
    </message>
    <message>
        <source>Insert ▸ Ring of N… places a ring to chat on</source>
        <translation>Einfügen ▸ Ring aus N… platziert einen Ring zum Chatten</translation>
    </message>
</context>
<context>
    <name>wb::RingInsertion</name>
    <message>
        <source>Insert a Ring</source>
        <translation>Einen Ring einfügen</translation>
    </message>
    <message>
        <source>Ring members (each wired to the next; keys spread evenly):</source>
        <translation>Ringmitglieder (jedes mit dem nächsten verbunden; Schlüssel gleichmäßig verteilt):</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Einfügen</translation>
    </message>
    <message numerus="yes">
        <source>Inserted a ring of %n: Run (F5) starts it, the Ring Chat talks to it.</source>
        <translation>
            <numerusform>Ring aus %n eingefügt: Ausführen (F5) startet ihn, der Ring-Chat spricht mit ihm.</numerusform>
            <numerusform>Ring aus %n eingefügt: Ausführen (F5) startet ihn, der Ring-Chat spricht mit ihm.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wb::RunControl</name>
    <message>
        <source>Nothing is in flight to step</source>
        <translation>Nichts ist unterwegs, das weitergeschaltet werden könnte</translation>
    </message>
</context>
<context>
    <name>wb::RunStatus</name>
    <message>
        <source>Run ▸ Pause (Space) holds every message where it is, Run ▸ Step (N) delivers one; teaching pace slows every hop down</source>
        <translation>Ausführen ▸ Pause (Leertaste) hält jede Nachricht an, wo sie ist, Ausführen ▸ Einzelschritt (N) stellt eine zu; das Lehrtempo verlangsamt jeden Hop</translation>
    </message>
    <message>
        <source>Messages sent over all wires, acknowledged, and failed</source>
        <translation>Über alle Leitungen gesendete, bestätigte und fehlgeschlagene Nachrichten</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Teaching pace %1</source>
        <translation>Lehrtempo %1</translation>
    </message>
    <message>
        <source>1 message in flight</source>
        <translation>1 Nachricht unterwegs</translation>
    </message>
    <message>
        <source>%1 messages in flight</source>
        <translation>%1 Nachrichten unterwegs</translation>
    </message>
    <message>
        <source>nothing in flight</source>
        <translation>nichts unterwegs</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>Running · 1 node</source>
        <translation>Läuft · 1 Knoten</translation>
    </message>
    <message>
        <source>Running · %1 nodes</source>
        <translation>Läuft · %1 Knoten</translation>
    </message>
    <message>
        <source> · 1 error</source>
        <translation> · 1 Fehler</translation>
    </message>
    <message>
        <source> · %1 errors</source>
        <translation> · %1 Fehler</translation>
    </message>
    <message>
        <source>%1 sent · %2 acked</source>
        <translation>%1 gesendet · %2 bestätigt</translation>
    </message>
    <message>
        <source> · %1 failed</source>
        <translation> · %1 fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>wb::ScriptControl</name>
    <message>
        <source>A script node whose sketch starts as the template “%1”</source>
        <translation>Ein Skriptknoten, dessen Sketch als Vorlage „%1“ beginnt</translation>
    </message>
    <message>
        <source>Export as Python</source>
        <translation>Als Python exportieren</translation>
    </message>
    <message>
        <source>Python sketch (*.py)</source>
        <translation>Python-Sketch (*.py)</translation>
    </message>
    <message>
        <source>Add %1 script</source>
        <translation>%1-Skript hinzufügen</translation>
    </message>
    <message>
        <source>Placed a script node from the template “%1”: double-click it to edit the sketch</source>
        <translation>Skriptknoten aus der Vorlage „%1“ platziert: doppelklicken Sie ihn, um den Sketch zu bearbeiten</translation>
    </message>
    <message>
        <source>Export %1 as &amp;Python…</source>
        <translation>%1 als &amp;Python exportieren…</translation>
    </message>
    <message>
        <source>Export as &amp;Python…</source>
        <translation>Als &amp;Python exportieren…</translation>
    </message>
    <message>
        <source>Select one node to export it as Python</source>
        <translation>Wählen Sie einen Knoten, um ihn als Python zu exportieren</translation>
    </message>
    <message>
        <source>%1 cannot be exported as Python.</source>
        <translation>%1 kann nicht als Python exportiert werden.</translation>
    </message>
    <message>
        <source>Exported %1 as Python to %2: run it with python3</source>
        <translation>%1 als Python nach %2 exportiert: führen Sie es mit python3 aus</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>wb::ScriptDock</name>
    <message>
        <source>Script</source>
        <translation>Skript</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Drop the changes: the node&apos;s sketch as the document has it</source>
        <translation>Die Änderungen verwerfen: der Sketch des Knotens, wie das Dokument ihn hat</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Write the sketch to the node (Ctrl+S in the editor): a running node reloads it without stopping; Undo takes it back</source>
        <translation>Den Sketch in den Knoten schreiben (Strg+S im Editor): ein laufender Knoten lädt ihn ohne Stopp neu; Rückgängig nimmt es zurück</translation>
    </message>
    <message>
        <source>Double-click a script node&apos;s card, or select one, to edit its sketch here.</source>
        <translation>Doppelklicken Sie die Karte eines Skriptknotens oder wählen Sie einen aus, um seinen Sketch hier zu bearbeiten.</translation>
    </message>
    <message>
        <source>Applied the sketch to %1: it reloads while running</source>
        <translation>Sketch auf %1 angewendet: er wird im Lauf neu geladen</translation>
    </message>
    <message>
        <source>Applied the sketch to %1</source>
        <translation>Sketch auf %1 angewendet</translation>
    </message>
    <message>
        <source>Script — %1 (modified)</source>
        <translation>Skript — %1 (geändert)</translation>
    </message>
    <message>
        <source>Script — %1</source>
        <translation>Skript — %1</translation>
    </message>
    <message>
        <source>No script node</source>
        <translation>Kein Skriptknoten</translation>
    </message>
    <message>
        <source>Syntax error, %1</source>
        <translation>Syntaxfehler, %1</translation>
    </message>
    <message>
        <source>The running node: %1</source>
        <translation>Der laufende Knoten: %1</translation>
    </message>
    <message>
        <source>No syntax errors</source>
        <translation>Keine Syntaxfehler</translation>
    </message>
    <message>
        <source>No errors · running version %1</source>
        <translation>Keine Fehler · laufende Version %1</translation>
    </message>
    <message>
        <source>Unapplied sketch</source>
        <translation>Nicht angewendeter Sketch</translation>
    </message>
    <message>
        <source>Apply the changes to the sketch of “%1”?</source>
        <translation>Die Änderungen am Sketch von „%1“ anwenden?</translation>
    </message>
    <message>
        <source>The edits in the Script dock are not in the node yet.</source>
        <translation>Die Bearbeitungen im Skriptfenster sind noch nicht im Knoten.</translation>
    </message>
</context>
<context>
    <name>wb::SeedField</name>
    <message>
        <source>random each run</source>
        <translation>bei jedem Lauf zufällig</translation>
    </message>
    <message>
        <source>The fault rules&apos; random choices follow from the seed: the same seed drops, copies and delays the same messages again</source>
        <translation>Die Zufallsentscheidungen der Fehlerregeln folgen aus dem Startwert: derselbe Startwert verwirft, kopiert und verzögert wieder dieselben Nachrichten</translation>
    </message>
    <message>
        <source>Run seed</source>
        <translation>Startwert des Laufs</translation>
    </message>
</context>
<context>
    <name>wb::SelectionEdits</name>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n node(s).</source>
        <translation>
            <numerusform>%n Knoten kopiert.</numerusform>
            <numerusform>%n Knoten kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard holds no circuit to paste.</source>
        <translation>Die Zwischenablage enthält keine Schaltung zum Einfügen.</translation>
    </message>
</context>
<context>
    <name>wb::SequenceChart</name>
    <message>
        <source>Zoom In</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom in (+, or Ctrl+wheel)</source>
        <translation>Vergrößern (+ oder Strg+Mausrad)</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation>Verkleinern (-)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Show the whole recording (F)</source>
        <translation>Die ganze Aufzeichnung zeigen (F)</translation>
    </message>
    <message>
        <source>Follow Live</source>
        <translation>Live folgen</translation>
    </message>
    <message>
        <source>Keep the newest message at the bottom while the circuit runs (End)</source>
        <translation>Die neueste Nachricht unten halten, während die Schaltung läuft (Ende)</translation>
    </message>
    <message>
        <source>Compress idle</source>
        <translation>Leerlauf stauchen</translation>
    </message>
    <message>
        <source>Draw a quiet time longer than the threshold as a short marked break</source>
        <translation>Eine ruhige Zeit, länger als die Schwelle, als kurze markierte Unterbrechung zeichnen</translation>
    </message>
    <message>
        <source>Idle time longer than this becomes a break</source>
        <translation>Leerlauf, der länger ist, wird zur Unterbrechung</translation>
    </message>
    <message>
        <source>Lifelines</source>
        <translation>Lebenslinien</translation>
    </message>
    <message>
        <source>Show, hide and order the lifelines (or right-click a lane&apos;s name)</source>
        <translation>Lebenslinien zeigen, ausblenden und ordnen (oder Rechtsklick auf den Namen einer Spur)</translation>
    </message>
    <message>
        <source>Export Visible Range…</source>
        <translation>Sichtbaren Bereich exportieren…</translation>
    </message>
    <message>
        <source>Export Selected Message…</source>
        <translation>Ausgewählte Nachricht exportieren…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export the chart as PNG, SVG, PlantUML or Mermaid</source>
        <translation>Das Diagramm als PNG, SVG, PlantUML oder Mermaid exportieren</translation>
    </message>
    <message>
        <source>Export Visible Range</source>
        <translation>Sichtbaren Bereich exportieren</translation>
    </message>
    <message>
        <source>Export Message</source>
        <translation>Nachricht exportieren</translation>
    </message>
    <message>
        <source>PlantUML (*.puml)</source>
        <translation>PlantUML (*.puml)</translation>
    </message>
    <message>
        <source>Mermaid (*.mmd)</source>
        <translation>Mermaid (*.mmd)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>%1: no message is selected (click an arrow)</source>
        <translation>%1: keine Nachricht ist ausgewählt (klicken Sie auf einen Pfeil)</translation>
    </message>
    <message>
        <source>%1: the chart is exported as .png, .svg, .puml (PlantUML) or .mmd (Mermaid)</source>
        <translation>%1: das Diagramm wird als .png, .svg, .puml (PlantUML) oder .mmd (Mermaid) exportiert</translation>
    </message>
    <message>
        <source>Saved the chart to %1</source>
        <translation>Diagramm in %1 gespeichert</translation>
    </message>
    <message>
        <source>Wirebench message sequence chart</source>
        <translation>Wirebench-Nachrichtensequenzdiagramm</translation>
    </message>
</context>
<context>
    <name>wb::SpeedControl</name>
    <message>
        <source>Teaching pace</source>
        <translation>Lehrtempo</translation>
    </message>
    <message>
        <source>Teaching pace: every hop takes a while, at the slider&apos;s speed. Off: real time.</source>
        <translation>Lehrtempo: jeder Hop dauert eine Weile, mit der Geschwindigkeit des Schiebereglers. Aus: Echtzeit.</translation>
    </message>
    <message>
        <source>Speed of the teaching pace, 0.05× to 4×</source>
        <translation>Geschwindigkeit des Lehrtempos, 0,05× bis 4×</translation>
    </message>
</context>
<context>
    <name>wb::StartPage</name>
    <message>
        <source>Show this page when Wirebench starts</source>
        <translation>Diese Seite zeigen, wenn Wirebench startet</translation>
    </message>
    <message>
        <source>Welcome to Wirebench</source>
        <translation>Willkommen bei Wirebench</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Wirebench&lt;/h2&gt;&lt;p&gt;Every component on the canvas is a real WebSocket node. Open a recent circuit, start from an example, or follow a lesson: each comes with a circuit, steps, questions and checks that judge your run.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Wirebench&lt;/h2&gt;&lt;p&gt;Jede Komponente auf der Arbeitsfläche ist ein echter WebSocket-Knoten. Öffnen Sie eine zuletzt verwendete Schaltung, beginnen Sie mit einem Beispiel oder folgen Sie einer Lektion: jede bringt eine Schaltung, Schritte, Fragen und Prüfungen mit, die Ihren Lauf bewerten.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent files&lt;/b&gt;</source>
        <translation>&lt;b&gt;Zuletzt geöffnet&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Examples&lt;/b&gt;</source>
        <translation>&lt;b&gt;Beispiele&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lessons&lt;/b&gt;</source>
        <translation>&lt;b&gt;Lektionen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Open Lesson Folder…</source>
        <translation>Lektionsordner öffnen…</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(noch keine)</translation>
    </message>
</context>
<context>
    <name>wb::TeacherMode</name>
    <message>
        <source>teacher mode is on: the circuit is locked. Run, pause, step and inspect it; the teacher leaves teacher mode in View ▸ Teacher Mode.</source>
        <translation>Der Lehrermodus ist an: die Schaltung ist gesperrt. Ausführen, pausieren, einzeln weiterschalten und untersuchen geht; die Lehrkraft verlässt den Lehrermodus über Ansicht ▸ Lehrermodus.</translation>
    </message>
    <message>
        <source>Teacher mode: editing is locked; run, pause, step and inspect stay.</source>
        <translation>Lehrermodus: Bearbeiten ist gesperrt; Ausführen, Pause, Einzelschritt und Untersuchen bleiben.</translation>
    </message>
    <message>
        <source>Wrong passphrase: teacher mode stays on.</source>
        <translation>Falsche Passphrase: der Lehrermodus bleibt an.</translation>
    </message>
    <message>
        <source>Teacher mode is off: the circuit can be edited.</source>
        <translation>Der Lehrermodus ist aus: die Schaltung kann bearbeitet werden.</translation>
    </message>
    <message>
        <source>Locked: %1</source>
        <translation>Gesperrt: %1</translation>
    </message>
    <message>
        <source>Teacher Mode</source>
        <translation>Lehrermodus</translation>
    </message>
    <message>
        <source>Teacher mode locks editing: students run, pause, step and inspect the circuit but cannot change it. A passphrase (optional) is asked for to leave it.</source>
        <translation>Der Lehrermodus sperrt das Bearbeiten: Lernende führen die Schaltung aus, pausieren, schalten einzeln weiter und untersuchen sie, können sie aber nicht ändern. Zum Verlassen wird eine (optionale) Passphrase abgefragt.</translation>
    </message>
    <message>
        <source>none: leaving is one click</source>
        <translation>keine: Verlassen ist ein Klick</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <source>Leave Teacher Mode</source>
        <translation>Lehrermodus verlassen</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
</context>
<context>
    <name>wb::TonePlayer</name>
    <message>
        <source>no audio output device: the buzzer is silent</source>
        <translation>kein Audioausgabegerät: der Summer ist stumm</translation>
    </message>
    <message>
        <source>the audio output failed (error %1): the buzzer is silent</source>
        <translation>die Audioausgabe ist fehlgeschlagen (Fehler %1): der Summer ist stumm</translation>
    </message>
</context>
<context>
    <name>wb::TracePainter</name>
    <message>
        <source>capacity %L1</source>
        <translation>Kapazität %L1</translation>
    </message>
    <message>
        <source>%L1 events here: zoom in to read them</source>
        <translation>%L1 Ereignisse hier: vergrößern Sie, um sie zu lesen</translation>
    </message>
    <message>
        <source>%L1 older events dropped (cap %L2)</source>
        <translation>%L1 ältere Ereignisse verworfen (Grenze %L2)</translation>
    </message>
</context>
<context>
    <name>wb::TraceRowModel</name>
    <message>
        <source>high while a tick waits</source>
        <translation>hoch, solange ein Tick wartet</translation>
    </message>
    <message>
        <source>the bits it sends</source>
        <translation>die Bits, die er sendet</translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>buzzing</source>
        <translation>summt</translation>
    </message>
    <message>
        <source>items waiting</source>
        <translation>wartende Einträge</translation>
    </message>
    <message>
        <source>level</source>
        <translation>Pegel</translation>
    </message>
</context>
<context>
    <name>wb::TraceView</name>
    <message>
        <source>Nothing recorded yet. Run the circuit: every clock tick, pin bit, LED and buzzer state, queue fill and every message appears here as it happens.</source>
        <translation>Noch nichts aufgezeichnet. Führen Sie die Schaltung aus: jeder Tick eines Taktgebers, jedes Pin-Bit, jeder LED- und Summerzustand, der Füllstand jeder Warteschlange und jede Nachricht erscheint hier, sobald er geschieht.</translation>
    </message>
    <message>
        <source>This recording holds no signals.</source>
        <translation>Diese Aufzeichnung enthält keine Signale.</translation>
    </message>
</context>
<context>
    <name>wb::UserGuide</name>
    <message>
        <source>Wirebench User Guide</source>
        <translation>Wirebench-Benutzerhandbuch</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Vorwärts</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Find in page (Ctrl+F)</source>
        <translation>Auf der Seite suchen (Strg+F)</translation>
    </message>
    <message>
        <source>from the top</source>
        <translation>von oben</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
</context>
<context>
    <name>wb::WavWriter</name>
    <message>
        <source>cannot complete the header: %1</source>
        <translation>der Dateikopf kann nicht vervollständigt werden: %1</translation>
    </message>
</context>
<context>
    <name>wb::WindowActions</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>Start an empty circuit</source>
        <translation>Eine leere Schaltung beginnen</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a circuit file</source>
        <translation>Eine Schaltungsdatei öffnen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the circuit</source>
        <translation>Die Schaltung speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Save the circuit to a new file</source>
        <translation>Die Schaltung in eine neue Datei speichern</translation>
    </message>
    <message>
        <source>&amp;Record Sound to WAV…</source>
        <translation>Klang als &amp;WAV aufzeichnen…</translation>
    </message>
    <message>
        <source>Write what the buzzers play to a WAV file, until unchecked</source>
        <translation>Was die Summer spielen, in eine WAV-Datei schreiben, bis der Haken entfernt wird</translation>
    </message>
    <message>
        <source>Export as &amp;Python…</source>
        <translation>Als &amp;Python exportieren…</translation>
    </message>
    <message>
        <source>Write the selected node as a Python sketch that runs against the workbench</source>
        <translation>Den ausgewählten Knoten als Python-Sketch schreiben, der gegen die Werkbank läuft</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quit Wirebench</source>
        <translation>Wirebench beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>Cut the selected nodes</source>
        <translation>Die ausgewählten Knoten ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the selected nodes</source>
        <translation>Die ausgewählten Knoten kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>Paste nodes</source>
        <translation>Knoten einfügen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the selected nodes</source>
        <translation>Die ausgewählten Knoten löschen</translation>
    </message>
    <message>
        <source>Ring of &amp;N…</source>
        <translation>Ring aus &amp;N…</translation>
    </message>
    <message>
        <source>Ring nodes on a circle, each wired to the next (Ctrl+Shift+R)</source>
        <translation>Ringknoten auf einem Kreis, jeder mit dem nächsten verbunden (Strg+Umschalt+R)</translation>
    </message>
    <message>
        <source>&amp;Default Sketch</source>
        <translation>&amp;Standard-Sketch</translation>
    </message>
    <message>
        <source>&amp;Run All</source>
        <translation>&amp;Alle ausführen</translation>
    </message>
    <message>
        <source>Start every local node&apos;s server and the clocks (F5)</source>
        <translation>Den Server jedes lokalen Knotens und die Taktgeber starten (F5)</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>&amp;Stop All</source>
        <translation>Alle s&amp;toppen</translation>
    </message>
    <message>
        <source>Stop every node (Shift+F5)</source>
        <translation>Jeden Knoten stoppen (Umschalt+F5)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Start &amp;Selected Nodes</source>
        <translation>Ausgewählte Knoten sta&amp;rten</translation>
    </message>
    <message>
        <source>Start the selected nodes only</source>
        <translation>Nur die ausgewählten Knoten starten</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Stop S&amp;elected Nodes</source>
        <translation>Ausgewählte Knoten st&amp;oppen</translation>
    </message>
    <message>
        <source>Stop the selected nodes only</source>
        <translation>Nur die ausgewählten Knoten stoppen</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Hold every message where it is; again to go on (Space)</source>
        <translation>Jede Nachricht anhalten, wo sie ist; nochmals zum Weitermachen (Leertaste)</translation>
    </message>
    <message>
        <source>S&amp;tep</source>
        <translation>&amp;Einzelschritt</translation>
    </message>
    <message>
        <source>Deliver the message that waits longest, one hop (N or Right)</source>
        <translation>Die am längsten wartende Nachricht einen Hop weit zustellen (N oder Rechts)</translation>
    </message>
    <message>
        <source>&amp;Real Time</source>
        <translation>E&amp;chtzeit</translation>
    </message>
    <message>
        <source>Messages travel as fast as the sockets carry them</source>
        <translation>Nachrichten reisen so schnell, wie die Sockets sie tragen</translation>
    </message>
    <message>
        <source>&amp;Teaching Pace</source>
        <translation>&amp;Lehrtempo</translation>
    </message>
    <message>
        <source>Every hop takes a while, at the speed of the slider</source>
        <translation>Jeder Hop dauert eine Weile, mit der Geschwindigkeit des Schiebereglers</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <source>&amp;Mute</source>
        <translation>&amp;Stumm</translation>
    </message>
    <message>
        <source>Silence the buzzers&apos; sound (Ctrl+M)</source>
        <translation>Den Klang der Summer abschalten (Strg+M)</translation>
    </message>
    <message>
        <source>&amp;Discover Nodes</source>
        <translation>&amp;Knoten entdecken</translation>
    </message>
    <message>
        <source>Show the nodes registered in the etcd registry and watch every external node&apos;s health</source>
        <translation>Die in der etcd-Registry angemeldeten Knoten zeigen und die Gesundheit jedes externen Knotens beobachten</translation>
    </message>
    <message>
        <source>Discover</source>
        <translation>Entdecken</translation>
    </message>
    <message>
        <source>Registry &amp;Address…</source>
        <translation>Registry-A&amp;dresse…</translation>
    </message>
    <message>
        <source>The etcd registry that discovery reads (http://HOST:PORT)</source>
        <translation>Die etcd-Registry, die die Erkennung liest (http://HOST:PORT)</translation>
    </message>
    <message>
        <source>Network &amp;Security…</source>
        <translation>&amp;Netzwerksicherheit…</translation>
    </message>
    <message>
        <source>The token LAN nodes require, and TLS (wss) with a pinned certificate</source>
        <translation>Das Token, das LAN-Knoten verlangen, und TLS (wss) mit einem gepinnten Zertifikat</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <source>Zoom into the canvas</source>
        <translation>In die Arbeitsfläche hineinzoomen</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>Zoom out of the canvas</source>
        <translation>Aus der Arbeitsfläche herauszoomen</translation>
    </message>
    <message>
        <source>&amp;Fit Circuit</source>
        <translation>Schaltung &amp;einpassen</translation>
    </message>
    <message>
        <source>Show the whole circuit (Ctrl+0)</source>
        <translation>Die ganze Schaltung zeigen (Strg+0)</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Teacher Mode</source>
        <translation>&amp;Lehrermodus</translation>
    </message>
    <message>
        <source>Lock editing for students (run, pause, step and inspect stay) and show the presentation layout</source>
        <translation>Das Bearbeiten für Lernende sperren (Ausführen, Pause, Einzelschritt und Untersuchen bleiben) und die Präsentationsansicht zeigen</translation>
    </message>
    <message>
        <source>Export &amp;Lab Report…</source>
        <translation>Laborbericht e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Write a PDF: the circuit, the checks, the sequence chart, the analyzer&apos;s plot, the message statistics and your notes</source>
        <translation>Ein PDF schreiben: die Schaltung, die Prüfungen, das Sequenzdiagramm, den Plot des Analysators, die Nachrichtenstatistik und Ihre Notizen</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>The offline user guide (F1)</source>
        <translation>Das Offline-Benutzerhandbuch (F1)</translation>
    </message>
    <message>
        <source>&amp;About Wirebench</source>
        <translation>&amp;Über Wirebench</translation>
    </message>
    <message>
        <source>Version and license</source>
        <translation>Version und Lizenz</translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation>Hoher &amp;Kontrast</translation>
    </message>
</context>
<context>
    <name>wb::WindowMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Examples</source>
        <translation>B&amp;eispiele</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>A&amp;usführen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Werkzeugleiste</translation>
    </message>
    <message>
        <source>%1 no longer exists</source>
        <translation>%1 existiert nicht mehr</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
</context>
<context>
    <name>wb::WireInspector</name>
    <message>
        <source>the sender&apos;s own</source>
        <translation>die eigene des Senders</translation>
    </message>
    <message>
        <source>The path the sender uses on this wire (&quot;/iopin&quot;); empty: the sender&apos;s own choice</source>
        <translation>Der Pfad, den der Sender auf dieser Leitung verwendet (&quot;/iopin&quot;); leer: die eigene Wahl des Senders</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Acks</source>
        <translation>Bestätigungen</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Sender</translation>
    </message>
    <message>
        <source>Cut: nothing passes, no ack comes</source>
        <translation>Getrennt: nichts kommt durch, keine Bestätigung kommt</translation>
    </message>
    <message>
        <source>A partition: the wire delivers nothing until the cut is undone</source>
        <translation>Eine Partition: die Leitung stellt nichts zu, bis die Trennung aufgehoben ist</translation>
    </message>
    <message>
        <source>Ack timeout</source>
        <translation>Bestätigungs-Zeitlimit</translation>
    </message>
    <message>
        <source>How long the sender waits for an ack before it gives up or sends again</source>
        <translation>Wie lange der Sender auf eine Bestätigung wartet, bevor er aufgibt oder erneut sendet</translation>
    </message>
    <message>
        <source>default (%1 s)</source>
        <translation>Vorgabe (%1 s)</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>How often the sender sends again when no ack comes (0: at most once)</source>
        <translation>Wie oft der Sender erneut sendet, wenn keine Bestätigung kommt (0: höchstens einmal)</translation>
    </message>
    <message>
        <source>none (at most once)</source>
        <translation>keine (höchstens einmal)</translation>
    </message>
    <message>
        <source>an ack</source>
        <translation>eine Bestätigung</translation>
    </message>
    <message>
        <source>a message</source>
        <translation>eine Nachricht</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>The chance that %1 is lost on the way</source>
        <translation>Die Wahrscheinlichkeit, dass %1 unterwegs verloren geht</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>The chance that %1 arrives twice</source>
        <translation>Die Wahrscheinlichkeit, dass %1 doppelt ankommt</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Verzögerung</translation>
    </message>
    <message>
        <source>Added transit time of %1</source>
        <translation>Zusätzliche Laufzeit für %1</translation>
    </message>
    <message>
        <source>Jitter ±</source>
        <translation>Jitter ±</translation>
    </message>
    <message>
        <source>Random spread of the transit: half-width (uniform) or standard deviation (normal)</source>
        <translation>Zufällige Streuung der Laufzeit: halbe Breite (gleichverteilt) oder Standardabweichung (normal)</translation>
    </message>
    <message>
        <source>uniform</source>
        <translation>gleichverteilt</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <source>How the jitter spreads the transit times</source>
        <translation>Wie der Jitter die Laufzeiten streut</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Verteilung</translation>
    </message>
</context>
<context>
    <name>wb::labreport</name>
    <message>
        <source>Untitled circuit</source>
        <translation>Unbenannte Schaltung</translation>
    </message>
    <message>
        <source>Wirebench lab report</source>
        <translation>Wirebench-Laborbericht</translation>
    </message>
    <message>
        <source>Student: %1</source>
        <translation>Lernende(r): %1</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(nicht angegeben)</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Datum: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s), </source>
        <translation>
            <numerusform>%n Knoten, </numerusform>
            <numerusform>%n Knoten, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wire(s)</source>
        <translation>
            <numerusform>%n Leitung</numerusform>
            <numerusform>%n Leitungen</numerusform>
        </translation>
    </message>
    <message>
        <source>The circuit is empty.</source>
        <translation>Die Schaltung ist leer.</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>No lesson checks: this circuit was not opened as a lesson.</source>
        <translation>Keine Lektionsprüfungen: diese Schaltung wurde nicht als Lektion geöffnet.</translation>
    </message>
    <message>
        <source>✓ passed</source>
        <translation>✓ bestanden</translation>
    </message>
    <message>
        <source>✗ failed</source>
        <translation>✗ nicht bestanden</translation>
    </message>
    <message>
        <source>%1 of %2 checks passed.</source>
        <translation>%1 von %2 Prüfungen bestanden.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Lab report: %1</source>
        <translation>Laborbericht: %1</translation>
    </message>
    <message>
        <source>%1: the PDF could not be started</source>
        <translation>%1: das PDF konnte nicht begonnen werden</translation>
    </message>
    <message>
        <source>(no notes)</source>
        <translation>(keine Notizen)</translation>
    </message>
    <message>
        <source>Circuit</source>
        <translation>Schaltung</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Sequence chart</source>
        <translation>Sequenzdiagramm</translation>
    </message>
    <message>
        <source>Logic analyzer</source>
        <translation>Logikanalysator</translation>
    </message>
    <message>
        <source>Message statistics</source>
        <translation>Nachrichtenstatistik</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>wb::plotexport</name>
    <message>
        <source>%1: the plot is exported as .png or .svg</source>
        <translation>%1: der Plot wird als .png oder .svg exportiert</translation>
    </message>
    <message>
        <source>%1: the plot has no size</source>
        <translation>%1: der Plot hat keine Größe</translation>
    </message>
    <message>
        <source>%1: the image could not be written</source>
        <translation>%1: das Bild konnte nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>wb::reportsections</name>
    <message>
        <source>No messages were recorded: run the circuit before exporting.</source>
        <translation>Es wurden keine Nachrichten aufgezeichnet: führen Sie die Schaltung vor dem Export aus.</translation>
    </message>
    <message>
        <source>From %1 to %2 of the run.</source>
        <translation>Von %1 bis %2 des Laufs.</translation>
    </message>
    <message>
        <source>(The chart continues beyond %1: choose a shorter range to see the rest.)</source>
        <translation>(Das Diagramm geht über %1 hinaus: wählen Sie einen kürzeren Bereich, um den Rest zu sehen.)</translation>
    </message>
    <message>
        <source>The logic analyzer recorded nothing: run the circuit before exporting.</source>
        <translation>Der Logikanalysator hat nichts aufgezeichnet: führen Sie die Schaltung vor dem Export aus.</translation>
    </message>
    <message>
        <source>(Only the rows that fit on a page are shown.)</source>
        <translation>(Nur die Zeilen, die auf eine Seite passen, werden gezeigt.)</translation>
    </message>
    <message>
        <source>No statistics.</source>
        <translation>Keine Statistik.</translation>
    </message>
    <message>
        <source>Per node, over the whole run:</source>
        <translation>Pro Knoten, über den ganzen Lauf:</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Acks</source>
        <translation>Bestätigungen</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Fehlschläge</translation>
    </message>
    <message>
        <source>Last round trip</source>
        <translation>Letzte Umlaufzeit</translation>
    </message>
    <message>
        <source>Per wire, over the whole run:</source>
        <translation>Pro Leitung, über den ganzen Lauf:</translation>
    </message>
    <message>
        <source>The circuit has no wires.</source>
        <translation>Die Schaltung hat keine Leitungen.</translation>
    </message>
    <message>
        <source>Wire</source>
        <translation>Leitung</translation>
    </message>
    <message>
        <source>Acked</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>In flight</source>
        <translation>Unterwegs</translation>
    </message>
    <message>
        <source>Round trips (send to ack) of the messages sent in the chart&apos;s range:</source>
        <translation>Umlaufzeiten (Senden bis Bestätigung) der im Bereich des Diagramms gesendeten Nachrichten:</translation>
    </message>
    <message>
        <source>From → to</source>
        <translation>Von → nach</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Longest</source>
        <translation>Längste</translation>
    </message>
</context>
<context>
    <name>wb::ring::RingDetector</name>
    <message>
        <source>no pong within %1 s, directly or through others</source>
        <translation>kein Pong innerhalb von %1 s, weder direkt noch über andere</translation>
    </message>
    <message>
        <source>answered a ping with %1</source>
        <translation>hat einen Ping mit %1 beantwortet</translation>
    </message>
    <message>
        <source>1 other member</source>
        <translation>1 anderes Mitglied</translation>
    </message>
    <message>
        <source>%1 other members</source>
        <translation>%1 andere Mitglieder</translation>
    </message>
    <message>
        <source>no pong within %1 s, nor through %2</source>
        <translation>kein Pong innerhalb von %1 s, auch nicht über %2</translation>
    </message>
</context>
<context>
    <name>wb::statevisuals</name>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>listening</source>
        <translation>lauscht</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>crashed</source>
        <translation>abgestürzt</translation>
    </message>
    <message>
        <source>hung</source>
        <translation>hängt</translation>
    </message>
</context>
<context>
    <name>wb::tokenmenu</name>
    <message>
        <source>ack of message %1</source>
        <translation>Bestätigung von Nachricht %1</translation>
    </message>
    <message>
        <source>message %1</source>
        <translation>Nachricht %1</translation>
    </message>
    <message>
        <source>The %1 is no longer held: it went on already</source>
        <translation>Die %1 wird nicht mehr zurückgehalten: sie ist schon weitergegangen</translation>
    </message>
    <message>
        <source>Delivered the %1 now</source>
        <translation>Die %1 jetzt zugestellt</translation>
    </message>
    <message>
        <source>Dropped the %1</source>
        <translation>Die %1 verworfen</translation>
    </message>
    <message>
        <source>Delivered the %1 twice</source>
        <translation>Die %1 doppelt zugestellt</translation>
    </message>
    <message>
        <source>%1 (first of %2)</source>
        <translation>%1 (erste von %2)</translation>
    </message>
    <message>
        <source>Deliver now</source>
        <translation>Jetzt zustellen</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
</context>
<context>
    <name>wb::translation</name>
    <message>
        <source>%1 is not a language of Wirebench (%2)</source>
        <translation>%1 ist keine Sprache von Wirebench (%2)</translation>
    </message>
</context>
</TS>
