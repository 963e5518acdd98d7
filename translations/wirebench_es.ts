<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>QObject</name>
    <message>
        <source>stopped</source>
        <translation>detenido</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>Crash</source>
        <translation>Hacer fallar</translation>
    </message>
    <message>
        <source>Cut every connection without a goodbye and stop the component</source>
        <translation>Cortar todas las conexiones sin despedirse y detener el componente</translation>
    </message>
    <message>
        <source>Wake Up</source>
        <translation>Despertar</translation>
    </message>
    <message>
        <source>Answer again, overdue timers first</source>
        <translation>Volver a responder, primero los temporizadores vencidos</translation>
    </message>
    <message>
        <source>Hang</source>
        <translation>Colgar</translation>
    </message>
    <message>
        <source>Keep every connection open but answer nothing, not even pings</source>
        <translation>Mantener abiertas todas las conexiones pero no responder nada, ni siquiera los pings</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <source>Crash, then start again</source>
        <translation>Hacer fallar y volver a iniciar</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Type a Line</source>
        <translation>Escribir una línea</translation>
    </message>
    <message>
        <source>Type lines on the card for the keyboard to send</source>
        <translation>Escribir en la tarjeta las líneas que enviará el teclado</translation>
    </message>
    <message>
        <source>Edit Script…</source>
        <translation>Editar script…</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renombrar</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Propiedades</translation>
    </message>
    <message>
        <source>Show in Plot</source>
        <translation>Mostrar en el gráfico</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Faults</source>
        <translation>Fallos</translation>
    </message>
    <message>
        <source>No Faults</source>
        <translation>Sin fallos</translation>
    </message>
    <message>
        <source>Drop 30 %</source>
        <translation>Descartar 30 %</translation>
    </message>
    <message>
        <source>Delay 200 ms</source>
        <translation>Retrasar 200 ms</translation>
    </message>
    <message>
        <source>Duplicate 20 %</source>
        <translation>Duplicar 20 %</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Cortar</translation>
    </message>
    <message>
        <source>Edit Faults…</source>
        <translation>Editar fallos…</translation>
    </message>
    <message>
        <source>Delete Wire</source>
        <translation>Eliminar cable</translation>
    </message>
    <message>
        <source>Add Node</source>
        <translation>Añadir nodo</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Pegar</translation>
    </message>
    <message>
        <source>Fit All</source>
        <translation>Ajustar todo</translation>
    </message>
    <message>
        <source>discovered</source>
        <translation>descubierto</translation>
    </message>
    <message>
        <source>LAN</source>
        <translation>LAN</translation>
    </message>
    <message>
        <source>no server</source>
        <translation>sin servidor</translation>
    </message>
    <message>
        <source>once at %1 s</source>
        <translation>una vez a los %1 s</translation>
    </message>
    <message>
        <source>every %1 s from %2 s</source>
        <translation>cada %1 s desde %2 s</translation>
    </message>
    <message>
        <source>%1 × %2 s from %3 s</source>
        <translation>%1 × %2 s desde %3 s</translation>
    </message>
    <message>
        <source>every %1 s</source>
        <translation>cada %1 s</translation>
    </message>
    <message>
        <source>%1 × %2 s</source>
        <translation>%1 × %2 s</translation>
    </message>
    <message>
        <source>sending %1</source>
        <translation>enviando %1</translation>
    </message>
    <message>
        <source>p(0) %1</source>
        <translation>p(0) %1</translation>
    </message>
    <message>
        <source>silent</source>
        <translation>en silencio</translation>
    </message>
    <message>
        <source>on</source>
        <translation>encendido</translation>
    </message>
    <message>
        <source>off</source>
        <translation>apagado</translation>
    </message>
    <message>
        <source>relays both ways</source>
        <translation>reenvía en ambos sentidos</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>sketch, reloaded %n time(s)</source>
        <translation>
            <numerusform>sketch, recargado %n vez</numerusform>
            <numerusform>sketch, recargado %n veces</numerusform>
        </translation>
    </message>
    <message>
        <source>JavaScript sketch</source>
        <translation>sketch de JavaScript</translation>
    </message>
    <message>
        <source>ring member</source>
        <translation>miembro del anillo</translation>
    </message>
    <message>
        <source>runs elsewhere</source>
        <translation>se ejecuta en otro lugar</translation>
    </message>
    <message>
        <source> as %1</source>
        <translation> como %1</translation>
    </message>
    <message>
        <source>Discovered in the registry%1: read-only, not saved in the file</source>
        <translation>Descubierto en el registro%1: solo lectura, no se guarda en el archivo</translation>
    </message>
    <message>
        <source>Listens on %1: other machines can reach it without a token (Run ▸ Network Security…)</source>
        <translation>Escucha en %1: otras máquinas pueden alcanzarlo sin token (Ejecutar ▸ Seguridad de red…)</translation>
    </message>
    <message>
        <source>Listens on %1: other machines need the token</source>
        <translation>Escucha en %1: otras máquinas necesitan el token</translation>
    </message>
    <message>
        <source>Click on the canvas to place a %1; Escape cancels.</source>
        <translation>Haga clic en el lienzo para colocar un %1; Esc cancela.</translation>
    </message>
    <message>
        <source>Placed %1.</source>
        <translation>%1 colocado.</translation>
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
        <translation>enviado</translation>
    </message>
    <message>
        <source>types lines</source>
        <translation>escribe líneas</translation>
    </message>
    <message>
        <source>when it runs</source>
        <translation>cuando se ejecuta</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n en espera</numerusform>
            <numerusform>%n en espera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <translation>
            <numerusform>%n enviado</numerusform>
            <numerusform>%n enviados</numerusform>
        </translation>
    </message>
    <message>
        <source>double-click to type</source>
        <translation>doble clic para escribir</translation>
    </message>
    <message>
        <source>drops new</source>
        <translation>descarta los nuevos</translation>
    </message>
    <message>
        <source>drops old</source>
        <translation>descarta los antiguos</translation>
    </message>
    <message>
        <source>blocks</source>
        <translation>bloquea</translation>
    </message>
    <message>
        <source>1 place</source>
        <translation>1 plaza</translation>
    </message>
    <message>
        <source>%L1 places</source>
        <translation>%L1 plazas</translation>
    </message>
    <message>
        <source>%1/%2 full</source>
        <translation>%1/%2 llena</translation>
    </message>
    <message numerus="yes">
        <source>%n blocked</source>
        <translation>
            <numerusform>%n bloqueado</numerusform>
            <numerusform>%n bloqueados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dropped</source>
        <translation>
            <numerusform>%n descartado</numerusform>
            <numerusform>%n descartados</numerusform>
        </translation>
    </message>
    <message>
        <source>waits %1</source>
        <translation>espera %1</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>unos %1</translation>
    </message>
    <message>
        <source>%1 each</source>
        <translation>%1 cada uno</translation>
    </message>
    <message>
        <source>random time</source>
        <translation>tiempo aleatorio</translation>
    </message>
    <message>
        <source>fixed time</source>
        <translation>tiempo fijo</translation>
    </message>
    <message>
        <source>working</source>
        <translation>trabajando</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>inactivo</translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n hecho</numerusform>
            <numerusform>%n hechos</numerusform>
        </translation>
    </message>
    <message>
        <source>prints what it gets</source>
        <translation>imprime lo que recibe</translation>
    </message>
    <message>
        <source>Drop the wire on a node to connect it.</source>
        <translation>Suelte el cable sobre un nodo para conectarlo.</translation>
    </message>
    <message>
        <source>Wired %1 to %2.</source>
        <translation>%1 conectado a %2.</translation>
    </message>
    <message>
        <source>%1 idle</source>
        <translation>%1 inactivo</translation>
    </message>
    <message>
        <source> (copy)</source>
        <translation> (copia)</translation>
    </message>
    <message>
        <source> (retry %1)</source>
        <translation> (reintento %1)</translation>
    </message>
    <message>
        <source> · held</source>
        <translation> · retenido</translation>
    </message>
    <message>
        <source>cannot make %1</source>
        <translation>no se puede crear %1</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>no se puede escribir %1</translation>
    </message>
    <message>
        <source>wss, TLS</source>
        <translation>wss, TLS</translation>
    </message>
    <message>
        <source>plain ws://</source>
        <translation>ws:// sin cifrar</translation>
    </message>
    <message>
        <source>Open: any machine on the network may send it messages (%1, no token). Set a token in Run ▸ Network Security…</source>
        <translation>Abierto: cualquier máquina de la red puede enviarle mensajes (%1, sin token). Defina un token en Ejecutar ▸ Seguridad de red…</translation>
    </message>
    <message>
        <source>Other machines can reach this node (%1); it refuses clients without the token.</source>
        <translation>Otras máquinas pueden alcanzar este nodo (%1); rechaza a los clientes sin el token.</translation>
    </message>
    <message>
        <source>%1 (docs/security.md)</source>
        <translation>%1 (docs/security.md)</translation>
    </message>
    <message>
        <source>There is no keyboard to type at: place one from the Components.</source>
        <translation>No hay ningún teclado en el que escribir: coloque uno desde Componentes.</translation>
    </message>
    <message>
        <source>%1 has crashed: restart it (its menu on the canvas) to type there.</source>
        <translation>%1 ha fallado: reinícielo (con su menú en el lienzo) para escribir en él.</translation>
    </message>
    <message>
        <source>%1 hangs: wake it up (its menu on the canvas) to type there.</source>
        <translation>%1 está colgado: despiértelo (con su menú en el lienzo) para escribir en él.</translation>
    </message>
    <message>
        <source>%1 does not run: Run (F5) starts the circuit, or Start in its inspector.</source>
        <translation>%1 no se está ejecutando: Ejecutar (F5) inicia el circuito, o Iniciar en su inspector.</translation>
    </message>
    <message>
        <source>%1 could not start: %2</source>
        <translation>%1 no se pudo iniciar: %2</translation>
    </message>
    <message>
        <source>At most %L1 characters at once; this text has %L2.</source>
        <translation>Como máximo %L1 caracteres a la vez; este texto tiene %L2.</translation>
    </message>
    <message>
        <source>%1 did not take the line: 100,000 lines wait there already.</source>
        <translation>%1 no aceptó la línea: ya hay 100.000 líneas esperando allí.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>bypass</source>
        <translation>desvío</translation>
    </message>
    <message>
        <source>✕ dead to %1</source>
        <translation>✕ muerto para %1</translation>
    </message>
    <message>
        <source>? suspected by %1</source>
        <translation>? sospechado por %1</translation>
    </message>
    <message>
        <source>%1 +%2</source>
        <translation>%1 +%2</translation>
    </message>
    <message numerus="yes">
        <source>%1 believes %2 dead</source>
        <translation>
            <numerusform>%1 cree que %2 está muerto</numerusform>
            <numerusform>%1 cree que %2 está muerto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 suspects %2: no pong in time, asking other members to probe it</source>
        <translation>
            <numerusform>%1 sospecha de %2: no llegó el pong a tiempo, pide a otros miembros que lo sondeen</numerusform>
            <numerusform>%1 sospecha de %2: no llegó el pong a tiempo, pide a otros miembros que lo sondeen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1&apos;s successor is %2, not %3 (where its wire goes): the ring closes round it. It goes when the ring is whole again.</source>
        <translation>El sucesor de %1 es %2, no %3 (adonde va su cable): el anillo se cierra a su alrededor. Desaparece cuando el anillo vuelve a estar completo.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Falló el guardado automático: %1</translation>
    </message>
    <message>
        <source>Recovered the unsaved changes to %1</source>
        <translation>Se recuperaron los cambios sin guardar de %1</translation>
    </message>
    <message>
        <source>Wire cancelled.</source>
        <translation>Cable cancelado.</translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation>%1 (%2), %3</translation>
    </message>
    <message>
        <source>Wire from %1 to %2</source>
        <translation>Cable de %1 a %2</translation>
    </message>
    <message>
        <source>%1, faults: %2</source>
        <translation>%1, fallos: %2</translation>
    </message>
    <message>
        <source>Circuit canvas</source>
        <translation>Lienzo del circuito</translation>
    </message>
    <message>
        <source>Circuit canvas: %1</source>
        <translation>Lienzo del circuito: %1</translation>
    </message>
    <message>
        <source>No component can take a wire from %1.</source>
        <translation>Ningún componente puede recibir un cable desde %1.</translation>
    </message>
    <message>
        <source>Wire from %1 to %2: arrow keys or Tab choose another target, Enter connects, Escape cancels.</source>
        <translation>Cable de %1 a %2: las flechas o Tab eligen otro destino, Intro conecta, Escape cancela.</translation>
    </message>
</context>
<context>
    <name>healthvisuals</name>
    <message>
        <source>health unknown: not watched (nothing runs), or the first attempt is under way</source>
        <translation>salud desconocida: no se vigila (nada se ejecuta), o el primer intento está en curso</translation>
    </message>
    <message>
        <source>health: %1</source>
        <translation>salud: %1</translation>
    </message>
    <message>
        <source>last ping round trip: %1</source>
        <translation>último tiempo de ida y vuelta del ping: %1</translation>
    </message>
    <message>
        <source>next attempt in %L1 s</source>
        <translation>próximo intento en %L1 s</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>alive</source>
        <translation>vivo</translation>
    </message>
    <message>
        <source>suspect</source>
        <translation>sospechoso</translation>
    </message>
    <message>
        <source>dead</source>
        <translation>muerto</translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation>reconectando</translation>
    </message>
</context>
<context>
    <name>wb</name>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>Otro…</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>Show all rows</source>
        <translation>Mostrar todas las filas</translation>
    </message>
    <message>
        <source>%1 edges within this pixel: zoom in to see them</source>
        <translation>%1 flancos en este píxel: amplíe para verlos</translation>
    </message>
    <message>
        <source>no level known yet</source>
        <translation>aún no se conoce ningún nivel</translation>
    </message>
    <message>
        <source>high</source>
        <translation>alto</translation>
    </message>
    <message>
        <source>low</source>
        <translation>bajo</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>de %1 a %2</translation>
    </message>
    <message>
        <source>now</source>
        <translation>ahora</translation>
    </message>
    <message>
        <source>%1 changes within this pixel, between %2 and %3: zoom in to see them</source>
        <translation>%1 cambios en este píxel, entre %2 y %3: amplíe para verlos</translation>
    </message>
    <message>
        <source>%1 of %2 from %3 to %4</source>
        <translation>%1 de %2 de %3 a %4</translation>
    </message>
    <message>
        <source>full: what comes now waits or is dropped</source>
        <translation>llena: lo que llegue ahora espera o se descarta</translation>
    </message>
    <message>
        <source>the ack of message #%1</source>
        <translation>la confirmación del mensaje #%1</translation>
    </message>
    <message>
        <source>message #%1</source>
        <translation>mensaje #%1</translation>
    </message>
    <message>
        <source>%1 held at %2 (%3)</source>
        <translation>%1 retenido en %2 (%3)</translation>
    </message>
    <message>
        <source>%1 went on at %2 (%3)</source>
        <translation>%1 continuó en %2 (%3)</translation>
    </message>
    <message>
        <source>%1 delayed by %2 at %3 (%4)</source>
        <translation>%1 retrasado %2 en %3 (%4)</translation>
    </message>
    <message>
        <source>%1 dropped at %2 (%3)</source>
        <translation>%1 descartado en %2 (%3)</translation>
    </message>
    <message>
        <source>%1 duplicated at %2 (%3)</source>
        <translation>%1 duplicado en %2 (%3)</translation>
    </message>
    <message>
        <source>message #%1 sent again at %2 (attempt %3)</source>
        <translation>mensaje #%1 reenviado en %2 (intento %3)</translation>
    </message>
    <message>
        <source>message %1 received again at %2 (a copy seen before)</source>
        <translation>mensaje %1 recibido de nuevo en %2 (una copia ya vista)</translation>
    </message>
    <message>
        <source>an extra ack %1 of message #%2 at %3 (expected)</source>
        <translation>una confirmación adicional %1 del mensaje #%2 en %3 (esperada)</translation>
    </message>
    <message>
        <source>not sent, failed at %1: %2</source>
        <translation>no enviado, falló en %1: %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>message %1 (#%2) sent at %3</source>
        <translation>mensaje %1 (#%2) enviado en %3</translation>
    </message>
    <message>
        <source>message %1 received at %2</source>
        <translation>mensaje %1 recibido en %2</translation>
    </message>
    <message>
        <source>waiting for its answer</source>
        <translation>esperando su respuesta</translation>
    </message>
    <message>
        <source>failed at %1: %2</source>
        <translation>falló en %1: %2</translation>
    </message>
    <message>
        <source>ack %1 at %2</source>
        <translation>confirmación %1 en %2</translation>
    </message>
    <message>
        <source>answered %1 at %2</source>
        <translation>respondido %1 en %2</translation>
    </message>
    <message>
        <source>round trip %1</source>
        <translation>ida y vuelta %1</translation>
    </message>
    <message>
        <source>answered after %1</source>
        <translation>respondido tras %1</translation>
    </message>
    <message>
        <source>Click: select the node. Drag: move the row. Right-click: hide, colour.</source>
        <translation>Clic: seleccionar el nodo. Arrastrar: mover la fila. Clic derecho: ocultar, color.</translation>
    </message>
    <message>
        <source>%1 at A</source>
        <translation>%1 en A</translation>
    </message>
    <message>
        <source>%1 at B</source>
        <translation>%1 en B</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>message id %1 · attempt %2</source>
        <translation>id. de mensaje %1 · intento %2</translation>
    </message>
    <message>
        <source>sent at %1</source>
        <translation>enviado en %1</translation>
    </message>
    <message>
        <source>received at %1 · latency %2</source>
        <translation>recibido en %1 · latencia %2</translation>
    </message>
    <message>
        <source>dropped by the gate at %1</source>
        <translation>descartado por la compuerta en %1</translation>
    </message>
    <message>
        <source>failed at %1</source>
        <translation>falló en %1</translation>
    </message>
    <message>
        <source>held at the gate, waiting</source>
        <translation>retenido en la compuerta, esperando</translation>
    </message>
    <message>
        <source>in flight</source>
        <translation>en tránsito</translation>
    </message>
    <message>
        <source>a second delivery (the gate duplicated it)</source>
        <translation>una segunda entrega (la compuerta lo duplicó)</translation>
    </message>
    <message>
        <source>the receiver is not recorded: its times are estimated</source>
        <translation>el receptor no está grabado: sus tiempos son estimados</translation>
    </message>
    <message>
        <source>ack “%1”</source>
        <translation>confirmación «%1»</translation>
    </message>
    <message>
        <source> · round trip %1</source>
        <translation> · ida y vuelta %1</translation>
    </message>
    <message>
        <source> · dropped</source>
        <translation> · descartado</translation>
    </message>
    <message>
        <source> · held</source>
        <translation> · retenido</translation>
    </message>
    <message>
        <source>Move left</source>
        <translation>Mover a la izquierda</translation>
    </message>
    <message>
        <source>Move right</source>
        <translation>Mover a la derecha</translation>
    </message>
    <message>
        <source>Lifelines</source>
        <translation>Líneas de vida</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Mostrar todas</translation>
    </message>
    <message>
        <source>Canvas order (left to right)</source>
        <translation>Orden del lienzo (de izquierda a derecha)</translation>
    </message>
</context>
<context>
    <name>wb::Accessibility</name>
    <message>
        <source>Circuit canvas</source>
        <translation>Lienzo del circuito</translation>
    </message>
    <message>
        <source>Tab and Shift+Tab move through the components, then the wires. Arrow keys move the selection (Shift: further). W starts a wire from the selected component: arrow keys or Tab choose its target, Enter connects, Escape cancels. The Menu key or Shift+F10 opens the selection&apos;s menu. F2 renames, Delete removes.</source>
        <translation>Tab y Mayús+Tab recorren los componentes y después los cables. Las flechas mueven la selección (Mayús: más lejos). W empieza un cable desde el componente seleccionado: las flechas o Tab eligen su destino, Intro conecta, Escape cancela. La tecla Menú o Mayús+F10 abre el menú de la selección. F2 cambia el nombre, Supr elimina.</translation>
    </message>
    <message>
        <source>Logic analyzer plot</source>
        <translation>Gráfico del analizador lógico</translation>
    </message>
    <message>
        <source>Left and Right pan, plus and minus zoom, Home goes to the start, End follows live, PageUp and PageDown scroll the rows. C shows the cursors, A or B picks one, Ctrl+Left and Ctrl+Right move it.</source>
        <translation>Izquierda y Derecha desplazan, más y menos hacen zoom, Inicio va al principio, Fin sigue en directo, RePág y AvPág desplazan las filas. C muestra los cursores, A o B elige uno, Ctrl+Izquierda y Ctrl+Derecha lo mueven.</translation>
    </message>
    <message>
        <source>Sequence chart</source>
        <translation>Diagrama de secuencia</translation>
    </message>
    <message>
        <source>Left and Right select the previous or next message, Enter shows it on the canvas and in the analyzer, plus and minus zoom, Up, Down, PageUp and PageDown scroll, Home goes to the start, End follows live.</source>
        <translation>Izquierda y Derecha eligen el mensaje anterior o siguiente, Intro lo muestra en el lienzo y en el analizador, más y menos hacen zoom, Arriba, Abajo, RePág y AvPág desplazan, Inicio va al principio, Fin sigue en directo.</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Componentes</translation>
    </message>
    <message>
        <source>Enter places the selected component on the canvas, at a free spot in view, and moves the focus to it.</source>
        <translation>Intro coloca el componente seleccionado en el lienzo, en un lugar libre a la vista, y le da el foco.</translation>
    </message>
    <message>
        <source>Vertical scroll bar</source>
        <translation>Barra de desplazamiento vertical</translation>
    </message>
    <message>
        <source>Horizontal scroll bar</source>
        <translation>Barra de desplazamiento horizontal</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Vaciar</translation>
    </message>
    <message>
        <source>Close panel</source>
        <translation>Cerrar el panel</translation>
    </message>
    <message>
        <source>Detach panel</source>
        <translation>Separar el panel</translation>
    </message>
    <message>
        <source>More tools</source>
        <translation>Más herramientas</translation>
    </message>
    <message>
        <source>More menus</source>
        <translation>Más menús</translation>
    </message>
</context>
<context>
    <name>wb::AddressLinks</name>
    <message>
        <source>%1 is not ws://HOST:PORT</source>
        <translation>%1 no es ws://HOST:PUERTO</translation>
    </message>
</context>
<context>
    <name>wb::Admission</name>
    <message>
        <source>port %1 on %2 is already in use</source>
        <translation>el puerto %1 en %2 ya está en uso</translation>
    </message>
    <message>
        <source>cannot listen on %1:%2: %3</source>
        <translation>no se puede escuchar en %1:%2: %3</translation>
    </message>
    <message>
        <source>cannot accept a connection: %1</source>
        <translation>no se puede aceptar una conexión: %1</translation>
    </message>
    <message>
        <source>dropped at the connection cap</source>
        <translation>descartado en el límite de conexiones</translation>
    </message>
    <message>
        <source>dropped: %1 handshakes under way</source>
        <translation>descartado: %1 negociaciones en curso</translation>
    </message>
    <message>
        <source>turned away: %1 handshakes under way, each with a request still to read</source>
        <translation>rechazado: %1 negociaciones en curso, cada una con una petición aún por leer</translation>
    </message>
    <message>
        <source>%1 connections, this node&apos;s cap: not accepting until one ends</source>
        <translation>%1 conexiones, el límite de este nodo: no acepta más hasta que termine una</translation>
    </message>
    <message>
        <source>%1 connections in this process, its cap: not accepting until one ends</source>
        <translation>%1 conexiones en este proceso, su límite: no acepta más hasta que termine una</translation>
    </message>
    <message>
        <source>, this was the oldest idle handshake</source>
        <translation>, era la negociación inactiva más antigua</translation>
    </message>
    <message>
        <source>handshake refused (HTTP %1): %2</source>
        <translation>negociación rechazada (HTTP %1): %2</translation>
    </message>
</context>
<context>
    <name>wb::Autosave</name>
    <message>
        <source>%1: recovery: missing</source>
        <translation>%1: recuperación: falta</translation>
    </message>
    <message>
        <source>%1: cannot create the recovery folder</source>
        <translation>%1: no se puede crear la carpeta de recuperación</translation>
    </message>
    <message>
        <source>%1: cannot lock</source>
        <translation>%1: no se puede bloquear</translation>
    </message>
</context>
<context>
    <name>wb::ChartView</name>
    <message>
        <source>No messages yet. Run the circuit: every message appears here as an arrow from its sender to its receiver, time flowing downwards.</source>
        <translation>Aún no hay mensajes. Ejecute el circuito: cada mensaje aparece aquí como una flecha de su emisor a su receptor, con el tiempo avanzando hacia abajo.</translation>
    </message>
    <message>
        <source>Every lifeline is hidden. Right-click to show them again.</source>
        <translation>Todas las líneas de vida están ocultas. Haga clic derecho para volver a mostrarlas.</translation>
    </message>
</context>
<context>
    <name>wb::ChatModel</name>
    <message>
        <source>said</source>
        <translation>dijo</translation>
    </message>
    <message>
        <source>passed on</source>
        <translation>reenviado</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>duplicado</translation>
    </message>
    <message>
        <source>came back</source>
        <translation>volvió</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>descartado</translation>
    </message>
    <message>
        <source>1 hop</source>
        <translation>1 salto</translation>
    </message>
    <message>
        <source>%1 hops</source>
        <translation>%1 saltos</translation>
    </message>
    <message>
        <source>%1 came back after %2 in %L3 ms: %4</source>
        <translation>%1 volvió tras %2 en %L3 ms: %4</translation>
    </message>
    <message>
        <source>%1 %2, hop %3: %4</source>
        <translation>%1 %2, salto %3: %4</translation>
    </message>
    <message>
        <source>%1 at %2
message %3 from %4, hop %5%6
%7</source>
        <translation>%1 en %2
mensaje %3 de %4, salto %5%6
%7</translation>
    </message>
    <message>
        <source>, %L1 ms round the ring</source>
        <translation>, %L1 ms alrededor del anillo</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nodo</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué ocurrió</translation>
    </message>
</context>
<context>
    <name>wb::Circuit</name>
    <message>
        <source>That wire has no node at one of its ends.</source>
        <translation>Ese cable no tiene nodo en uno de sus extremos.</translation>
    </message>
    <message>
        <source>A node cannot be wired to itself.</source>
        <translation>Un nodo no se puede conectar consigo mismo.</translation>
    </message>
    <message>
        <source>%1 has no output: only a clock, an iopin, a proxy or a ring node sends messages.</source>
        <translation>%1 no tiene salida: solo un reloj, un iopin, un proxy o un nodo de anillo envía mensajes.</translation>
    </message>
    <message>
        <source>A clock has no input: it only sends ticks.</source>
        <translation>Un reloj no tiene entrada: solo envía ticks.</translation>
    </message>
    <message>
        <source>%1 is already wired to %2.</source>
        <translation>%1 ya está conectado a %2.</translation>
    </message>
    <message>
        <source>A name is 1 to 64 letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;.</source>
        <translation>Un nombre tiene de 1 a 64 letras, dígitos, &apos;_&apos;, &apos;.&apos; o &apos;-&apos;.</translation>
    </message>
    <message>
        <source>The name %1 is taken.</source>
        <translation>El nombre %1 ya está en uso.</translation>
    </message>
</context>
<context>
    <name>wb::CircuitEditor</name>
    <message>
        <source>Add %1</source>
        <translation>Añadir %1</translation>
    </message>
    <message numerus="yes">
        <source>Add %n nodes</source>
        <translation>
            <numerusform>Añadir %n nodo</numerusform>
            <numerusform>Añadir %n nodos</numerusform>
        </translation>
    </message>
    <message>
        <source>A ring has %1 to %2 members.</source>
        <translation>Un anillo tiene de %1 a %2 miembros.</translation>
    </message>
    <message numerus="yes">
        <source>Insert a ring of %n</source>
        <translation>
            <numerusform>Insertar un anillo de %n</numerusform>
            <numerusform>Insertar un anillo de %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n nodes</source>
        <translation>
            <numerusform>Quitar %n nodo</numerusform>
            <numerusform>Quitar %n nodos</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>Renombrar %1 como %2</translation>
    </message>
    <message>
        <source>A clock has no server, so no host.</source>
        <translation>Un reloj no tiene servidor, así que no tiene host.</translation>
    </message>
    <message>
        <source>A host is a name or an address of at most 253 characters, without spaces.</source>
        <translation>Un host es un nombre o una dirección de 253 caracteres como máximo, sin espacios.</translation>
    </message>
    <message>
        <source>%1 runs here, so its host must be an IP address of this machine or localhost.</source>
        <translation>%1 se ejecuta aquí, así que su host debe ser una dirección IP de esta máquina o localhost.</translation>
    </message>
    <message>
        <source>Set host of %1 to %2</source>
        <translation>Establecer el host de %1 en %2</translation>
    </message>
    <message>
        <source>A clock has no server, so no port.</source>
        <translation>Un reloj no tiene servidor, así que no tiene puerto.</translation>
    </message>
    <message>
        <source>A port is a number from 1 to 65535.</source>
        <translation>Un puerto es un número de 1 a 65535.</translation>
    </message>
    <message>
        <source>Set port of %1 to %2</source>
        <translation>Establecer el puerto de %1 en %2</translation>
    </message>
    <message>
        <source>Set %1 of %2</source>
        <translation>Establecer %1 de %2</translation>
    </message>
    <message>
        <source>%1 was discovered in the registry: it is not part of the circuit and cannot be changed or deleted here.</source>
        <translation>%1 se descubrió en el registro: no forma parte del circuito y aquí no se puede cambiar ni eliminar.</translation>
    </message>
    <message>
        <source>Wire %1 to %2</source>
        <translation>Conectar %1 a %2</translation>
    </message>
    <message>
        <source>Unwire %1 from %2</source>
        <translation>Desconectar %1 de %2</translation>
    </message>
    <message>
        <source>Set faults of %1 to %2</source>
        <translation>Establecer los fallos de %1 en %2</translation>
    </message>
    <message>
        <source>Set channel of %1 to %2</source>
        <translation>Establecer el canal de %1 en %2</translation>
    </message>
    <message>
        <source>Set the run&apos;s seed</source>
        <translation>Establecer la semilla de la ejecución</translation>
    </message>
    <message>
        <source>Set the fault schedule</source>
        <translation>Establecer el plan de fallos</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Mover %1</translation>
    </message>
    <message numerus="yes">
        <source>Move %n nodes</source>
        <translation>
            <numerusform>Mover %n nodo</numerusform>
            <numerusform>Mover %n nodos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wb::CircuitFormat</name>
    <message>
        <source>node: no such node</source>
        <translation>node: no existe ese nodo</translation>
    </message>
    <message>
        <source>node: %1 does not run here: it cannot %2</source>
        <translation>node: %1 no se ejecuta aquí: no puede %2</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>línea %1, columna %2</translation>
    </message>
    <message>
        <source>file: larger than %1 MiB</source>
        <translation>archivo: mayor de %1 MiB</translation>
    </message>
    <message>
        <source>: nested deeper than %1 levels</source>
        <translation>: anidado a más de %1 niveles</translation>
    </message>
    <message>
        <source>root: must be an object</source>
        <translation>raíz: debe ser un objeto</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;</source>
        <translation>se esperaba &quot;%1&quot;</translation>
    </message>
    <message>
        <source>missing or not a whole number</source>
        <translation>falta o no es un número entero</translation>
    </message>
    <message>
        <source>version %1 is not supported (this Wirebench reads up to %2)</source>
        <translation>la versión %1 no es compatible (este Wirebench lee hasta la %2)</translation>
    </message>
    <message>
        <source>must be a text</source>
        <translation>debe ser un texto</translation>
    </message>
    <message>
        <source>missing or not a list</source>
        <translation>falta o no es una lista</translation>
    </message>
    <message>
        <source>%1 nodes; at most %2 are allowed</source>
        <translation>%1 nodos; se permiten como máximo %2</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; is used twice</source>
        <translation>el nombre &quot;%1&quot; se usa dos veces</translation>
    </message>
    <message>
        <source>a version 1 file has none (use version 2)</source>
        <translation>un archivo de la versión 1 no tiene ninguno (use la versión 2)</translation>
    </message>
    <message>
        <source>: cannot read: </source>
        <translation>: no se puede leer: </translation>
    </message>
    <message>
        <source>: larger than %1 MiB</source>
        <translation>: mayor de %1 MiB</translation>
    </message>
    <message>
        <source>: cannot write: </source>
        <translation>: no se puede escribir: </translation>
    </message>
    <message>
        <source>%1 sends nothing</source>
        <translation>%1 no envía nada</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot receive from &quot;%2&quot;</source>
        <translation>&quot;%1&quot; no puede recibir de &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>&quot;%1&quot; aparece dos veces</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already wired to &quot;%2&quot;</source>
        <translation>&quot;%1&quot; ya está conectado a &quot;%2&quot;</translation>
    </message>
    <message>
        <source>a node must be an object</source>
        <translation>un nodo debe ser un objeto</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>campo desconocido</translation>
    </message>
    <message>
        <source>missing or not a text</source>
        <translation>falta o no es un texto</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a name: use 1 to 64 of A-Z a-z 0-9 _ . -</source>
        <translation>&quot;%1&quot; no es un nombre: use de 1 a 64 caracteres de A-Z a-z 0-9 _ . -</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot; (expected one of %2)</source>
        <translation>tipo desconocido &quot;%1&quot; (se esperaba uno de %2)</translation>
    </message>
    <message>
        <source>must be a host name</source>
        <translation>debe ser un nombre de host</translation>
    </message>
    <message>
        <source>this %1 needs a port from 1 to 65535</source>
        <translation>este %1 necesita un puerto de 1 a 65535</translation>
    </message>
    <message>
        <source>%1 has no server, so no port</source>
        <translation>%1 no tiene servidor, así que no tiene puerto</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>debe ser un objeto</translation>
    </message>
    <message>
        <source>a version 2 file lists its wires in &quot;wires&quot;, not in the nodes</source>
        <translation>un archivo de la versión 2 enumera sus cables en &quot;wires&quot;, no en los nodos</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>debe ser una lista</translation>
    </message>
    <message>
        <source>must be a node name</source>
        <translation>debe ser un nombre de nodo</translation>
    </message>
    <message>
        <source>must be {&quot;x&quot;: number, &quot;y&quot;: number} within ±1e7</source>
        <translation>debe ser {&quot;x&quot;: número, &quot;y&quot;: número} dentro de ±1e7</translation>
    </message>
    <message>
        <source>missing or not a node name</source>
        <translation>falta o no es un nombre de nodo</translation>
    </message>
    <message>
        <source>no node is named &quot;%1&quot;</source>
        <translation>ningún nodo se llama &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 wires; at most %2 are allowed</source>
        <translation>%1 cables; se permiten como máximo %2</translation>
    </message>
    <message>
        <source>a wire must be an object</source>
        <translation>un cable debe ser un objeto</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to %1</source>
        <translation>debe ser un número entero de 1 a %1</translation>
    </message>
    <message>
        <source>%1 is used twice</source>
        <translation>%1 se usa dos veces</translation>
    </message>
    <message>
        <source>must be a whole number from 0 to %1</source>
        <translation>debe ser un número entero de 0 a %1</translation>
    </message>
    <message>
        <source>%1 faults; at most %2 are allowed</source>
        <translation>%1 fallos; se permiten como máximo %2</translation>
    </message>
    <message>
        <source>a scheduled fault must be an object</source>
        <translation>un fallo programado debe ser un objeto</translation>
    </message>
    <message>
        <source>must be a whole number of ms from 0 to %1</source>
        <translation>debe ser un número entero de ms de 0 a %1</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot; (expected crash, hang or restart)</source>
        <translation>acción desconocida &quot;%1&quot; (se esperaba crash, hang o restart)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2: it does not run here, so it cannot %3</source>
        <translation>&quot;%1&quot; es %2: no se ejecuta aquí, así que no puede %3</translation>
    </message>
    <message>
        <source>: %1 is not a probability from 0 to 1</source>
        <translation>: %1 no es una probabilidad de 0 a 1</translation>
    </message>
    <message>
        <source>: %1 is not a %2 from 0 to %3 ms</source>
        <translation>: %1 no es un valor de %2 de 0 a %3 ms</translation>
    </message>
    <message>
        <source>: not uniform or normal</source>
        <translation>: no es uniform ni normal</translation>
    </message>
    <message>
        <source>ack_timeout_ms: %1 is not a timeout from 0 (the default) to %2 ms</source>
        <translation>ack_timeout_ms: %1 no es un tiempo de espera de 0 (el predeterminado) a %2 ms</translation>
    </message>
    <message>
        <source>retries: %1 is not a number of retries from 0 to %2</source>
        <translation>retries: %1 no es un número de reintentos de 0 a %2</translation>
    </message>
    <message>
        <source>at_ms: %1 is not a run time from 0 to %2 ms</source>
        <translation>at_ms: %1 no es un tiempo de ejecución de 0 a %2 ms</translation>
    </message>
    <message>
        <source>for_ms: %1 is not a duration from 0 to %2 ms</source>
        <translation>for_ms: %1 no es una duración de 0 a %2 ms</translation>
    </message>
    <message>
        <source>for_ms: a restart comes back at once: leave for_ms out</source>
        <translation>for_ms: un reinicio vuelve enseguida: omita for_ms</translation>
    </message>
    <message>
        <source>action: not crash, hang or restart</source>
        <translation>action: no es crash, hang ni restart</translation>
    </message>
    <message>
        <source>timeout %1 ms</source>
        <translation>tiempo de espera %1 ms</translation>
    </message>
    <message>
        <source>: unknown field</source>
        <translation>: campo desconocido</translation>
    </message>
    <message>
        <source>: must be a number</source>
        <translation>: debe ser un número</translation>
    </message>
    <message>
        <source>: must be a whole number</source>
        <translation>: debe ser un número entero</translation>
    </message>
    <message>
        <source>: must be an object</source>
        <translation>: debe ser un objeto</translation>
    </message>
    <message>
        <source>.jitter: unknown jitter &quot;%1&quot; (expected uniform or normal)</source>
        <translation>.jitter: jitter desconocido &quot;%1&quot; (se esperaba uniform o normal)</translation>
    </message>
    <message>
        <source>.cut: must be true or false</source>
        <translation>.cut: debe ser true o false</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>debe ser un número entero</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>debe estar entre %1 y %2</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>debe ser un número</translation>
    </message>
    <message>
        <source>must be at most %1 characters</source>
        <translation>debe tener como máximo %1 caracteres</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>debe ser uno de %1</translation>
    </message>
    <message>
        <source>must name at most 16 contacts</source>
        <translation>debe nombrar como máximo 16 contactos</translation>
    </message>
    <message>
        <source>is not a parameter of a script: its own parameters are identifiers other than name</source>
        <translation>no es un parámetro de un script: sus propios parámetros son identificadores distintos de name</translation>
    </message>
    <message>
        <source>must be a text, a number or true/false</source>
        <translation>debe ser un texto, un número o true/false</translation>
    </message>
    <message>
        <source>only an iopin or a worker takes a seed</source>
        <translation>solo un iopin o un worker admite una semilla</translation>
    </message>
    <message>
        <source>is not a parameter of %1</source>
        <translation>no es un parámetro de %1</translation>
    </message>
    <message>
        <source>a folder, not a file</source>
        <translation>una carpeta, no un archivo</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <source>no file given</source>
        <translation>no se indicó ningún archivo</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a channel: &quot;/&quot; and up to %2 characters</source>
        <translation>&quot;%1&quot; no es un canal: &quot;/&quot; y hasta %2 caracteres</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a channel: only printable ASCII without spaces, &apos;?&apos; or &apos;#&apos;</source>
        <translation>&quot;%1&quot; no es un canal: solo ASCII imprimible sin espacios, &apos;?&apos; ni &apos;#&apos;</translation>
    </message>
</context>
<context>
    <name>wb::ConsoleModel</name>
    <message>
        <source>%1 printed what %2 sent:
%3</source>
        <translation>%1 imprimió lo que envió %2:
%3</translation>
    </message>
    <message>
        <source>%1 printed what %2 sent on channel %3:
%4</source>
        <translation>%1 imprimió lo que envió %2 por el canal %3:
%4</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Consola</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
</context>
<context>
    <name>wb::ConsolePanel</name>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Whose lines show; selecting a console on the canvas picks it</source>
        <translation>Qué líneas se muestran; al seleccionar una consola en el lienzo se elige aquí</translation>
    </message>
    <message>
        <source>Clear the lines shown, and the consoles&apos; own history</source>
        <translation>Borrar las líneas mostradas y el historial propio de las consolas</translation>
    </message>
    <message>
        <source>The keyboard your line is typed at; selecting a keyboard on the canvas picks it too</source>
        <translation>El teclado en el que se escribe su línea; al seleccionar un teclado en el lienzo también se elige aquí</translation>
    </message>
    <message>
        <source>Type the line at the picked keyboard (Enter)</source>
        <translation>Escribir la línea en el teclado elegido (Intro)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>every console</source>
        <translation>todas las consolas</translation>
    </message>
    <message>
        <source>no keyboard</source>
        <translation>ningún teclado</translation>
    </message>
    <message>
        <source>Type a line for %1, then Enter</source>
        <translation>Escriba una línea para %1 y pulse Intro</translation>
    </message>
    <message>
        <source>Place a keyboard (Components) to type lines here</source>
        <translation>Coloque un teclado (Componentes) para escribir líneas aquí</translation>
    </message>
</context>
<context>
    <name>wb::CrashRecovery</name>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>Recover unsaved changes</source>
        <translation>Recuperar cambios sin guardar</translation>
    </message>
    <message>
        <source>Wirebench did not close properly. Recover the unsaved changes to “%1”?</source>
        <translation>Wirebench no se cerró correctamente. ¿Recuperar los cambios sin guardar de «%1»?</translation>
    </message>
    <message>
        <source>They were saved automatically on %1. Discard deletes them; Later keeps them for the next start.</source>
        <translation>Se guardaron automáticamente el %1. Descartar los elimina; Más tarde los conserva para el próximo inicio.</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Recuperar</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
    <message>
        <source>the desktop session ended</source>
        <translation>la sesión del escritorio terminó</translation>
    </message>
    <message>
        <source>Wirebench was told to quit (%1) and kept the unsaved changes to “%2”. Recover them?</source>
        <translation>Se pidió a Wirebench que terminara (%1) y guardó los cambios sin guardar de «%2». ¿Recuperarlos?</translation>
    </message>
</context>
<context>
    <name>wb::DeliveryController</name>
    <message>
        <source>resumed</source>
        <translation>reanudado</translation>
    </message>
    <message>
        <source>teaching pace</source>
        <translation>ritmo didáctico</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <source>dropped by hand</source>
        <translation>descartado a mano</translation>
    </message>
    <message>
        <source>duplicated by hand</source>
        <translation>duplicado a mano</translation>
    </message>
    <message>
        <source>stepped</source>
        <translation>avanzado un paso</translation>
    </message>
</context>
<context>
    <name>wb::Discovery</name>
    <message>
        <source>the registry granted no lease</source>
        <translation>el registro no concedió ningún lease</translation>
    </message>
    <message>
        <source>registry %1: %2</source>
        <translation>registro %1: %2</translation>
    </message>
    <message>
        <source>history compacted</source>
        <translation>historial compactado</translation>
    </message>
    <message>
        <source>registry %1: watch cancelled (%2)</source>
        <translation>registro %1: vigilancia cancelada (%2)</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <source>name: missing or not a node name</source>
        <translation>name: falta o no es un nombre de nodo</translation>
    </message>
    <message>
        <source>host: missing or not a host name</source>
        <translation>host: falta o no es un nombre de host</translation>
    </message>
    <message>
        <source>port: must be from 1 to 65535</source>
        <translation>port: debe estar entre 1 y 65535</translation>
    </message>
    <message>
        <source>%1 at %2:%3</source>
        <translation>%1 en %2:%3</translation>
    </message>
</context>
<context>
    <name>wb::DiscoveryControl</name>
    <message>
        <source>Set the registry&apos;s address first.</source>
        <translation>Indique primero la dirección del registro.</translation>
    </message>
    <message>
        <source>Discovery is off: %1</source>
        <translation>El descubrimiento está desactivado: %1</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>The etcd registry the nodes register with (docs/discovery.md):</source>
        <translation>El registro etcd en el que se registran los nodos (docs/discovery.md):</translation>
    </message>
    <message>
        <source>Not a registry address: %1

%2</source>
        <translation>No es una dirección de registro: %1

%2</translation>
    </message>
    <message>
        <source>Registry %1: %2; trying again, the circuit keeps running</source>
        <translation>Registro %1: %2; se reintenta, el circuito sigue ejecutándose</translation>
    </message>
    <message>
        <source>Registry: &quot;%1&quot; is not shown: %2</source>
        <translation>Registro: &quot;%1&quot; no se muestra: %2</translation>
    </message>
    <message>
        <source>Registry unreachable · retrying in %1 s</source>
        <translation>Registro inalcanzable · reintento en %1 s</translation>
    </message>
    <message>
        <source>Registry unreachable · retrying…</source>
        <translation>Registro inalcanzable · reintentando…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Registry: connecting…</source>
        <translation>Registro: conectando…</translation>
    </message>
    <message>
        <source>Registry: %1 discovered</source>
        <translation>Registro: %1 descubiertos</translation>
    </message>
    <message>
        <source>Discovering nodes at %1</source>
        <translation>Descubriendo nodos en %1</translation>
    </message>
    <message>
        <source> · 1 conflict</source>
        <translation> · 1 conflicto</translation>
    </message>
    <message>
        <source> · %1 conflicts</source>
        <translation> · %1 conflictos</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not shown: %2</source>
        <translation>&quot;%1&quot; no se muestra: %2</translation>
    </message>
</context>
<context>
    <name>wb::DockTitleBar</name>
    <message>
        <source>Float or dock</source>
        <translation>Flotante o acoplado</translation>
    </message>
    <message>
        <source>Hide this panel</source>
        <translation>Ocultar este panel</translation>
    </message>
</context>
<context>
    <name>wb::DocumentController</name>
    <message>
        <source>Wirebench circuits (*.json);;All files (*)</source>
        <translation>Circuitos de Wirebench (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Save the changes to “%1”?</source>
        <translation>¿Guardar los cambios de «%1»?</translation>
    </message>
    <message>
        <source>Your changes are lost if you don&apos;t save them.</source>
        <translation>Si no los guarda, se perderán los cambios.</translation>
    </message>
    <message>
        <source>Save circuit</source>
        <translation>Guardar circuito</translation>
    </message>
    <message>
        <source>Open circuit</source>
        <translation>Abrir circuito</translation>
    </message>
</context>
<context>
    <name>wb::Endpoint</name>
    <message numerus="yes">
        <source>%n more connection(s) refused or closed in the last second</source>
        <translation>
            <numerusform>%n conexión más rechazada o cerrada en el último segundo</numerusform>
            <numerusform>%n conexiones más rechazadas o cerradas en el último segundo</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot listen on &quot;%1&quot;: give an IP address, localhost, 0.0.0.0 or ::</source>
        <translation>no se puede escuchar en &quot;%1&quot;: indique una dirección IP, localhost, 0.0.0.0 o ::</translation>
    </message>
    <message>
        <source>node stopped</source>
        <translation>nodo detenido</translation>
    </message>
    <message>
        <source>code %1</source>
        <translation>código %1</translation>
    </message>
    <message>
        <source>%1 (code %2)</source>
        <translation>%1 (código %2)</translation>
    </message>
    <message numerus="yes">
        <source>; %n binary frame(s) answered with an error</source>
        <translation>
            <numerusform>; %n trama binaria respondida con un error</numerusform>
            <numerusform>; %n tramas binarias respondidas con un error</numerusform>
        </translation>
    </message>
    <message>
        <source>binary frame of %1 bytes on %2: answered with an error ack</source>
        <translation>trama binaria de %1 bytes en %2: respondida con una confirmación de error</translation>
    </message>
    <message>
        <source>more than %1 messages or %2 bytes sent ahead of their acks</source>
        <translation>más de %1 mensajes o %2 bytes enviados antes de sus confirmaciones</translation>
    </message>
    <message>
        <source>the ack is over %1 bytes</source>
        <translation>la confirmación supera los %1 bytes</translation>
    </message>
    <message>
        <source>binary frames are not part of the protocol; send text</source>
        <translation>las tramas binarias no forman parte del protocolo; envíe texto</translation>
    </message>
    <message>
        <source>the peer does not read: %1 bytes waiting for it, the cap is %2</source>
        <translation>el otro extremo no lee: %1 bytes esperan a que lea, el límite es %2</translation>
    </message>
    <message>
        <source>closed by this node, code %1: %2</source>
        <translation>cerrado por este nodo, código %1: %2</translation>
    </message>
</context>
<context>
    <name>wb::InspectorWidget</name>
    <message>
        <source>How many messages the queue holds, 1 to %L1; its memory is bounded by it</source>
        <translation>Cuántos mensajes caben en la cola, de 1 a %L1; su memoria queda limitada por ello</translation>
    </message>
    <message>
        <source>What a full queue does with one more message: hold its ack back until there is room (a stop-and-wait producer waits: backpressure), or drop it, or drop the oldest waiting one</source>
        <translation>Qué hace una cola llena con un mensaje más: retener su confirmación hasta que haya sitio (un productor de parada y espera espera: contrapresión), descartarlo o descartar el más antiguo en espera</translation>
    </message>
    <message>
        <source>How long the worker takes over each message, in run time (pause and slow motion reach it); the mean when random</source>
        <translation>Cuánto tarda el worker con cada mensaje, en tiempo de ejecución (la pausa y la cámara lenta le afectan); la media si es aleatorio</translation>
    </message>
    <message>
        <source>Fixed: every message takes the service time; random: exponentially distributed with that mean</source>
        <translation>Fijo: cada mensaje tarda el tiempo de servicio; aleatorio: distribución exponencial con esa media</translation>
    </message>
    <message>
        <source>A fixed seed makes the random service times repeatable; empty: the run&apos;s seed</source>
        <translation>Una semilla fija hace repetibles los tiempos de servicio aleatorios; vacío: la semilla de la ejecución</translation>
    </message>
    <message>
        <source>How many lines the console keeps for the Console dock</source>
        <translation>Cuántas líneas conserva la consola para el panel Consola</translation>
    </message>
    <message>
        <source>Seconds of run time before the first tick (the seed&apos;s slow task sleeps 10 s); empty: at once</source>
        <translation>Segundos de tiempo de ejecución antes del primer tick (la tarea lenta del ejemplo duerme 10 s); vacío: enseguida</translation>
    </message>
    <message>
        <source>What each tick sends instead of its number (at most 1024 characters); empty: the number</source>
        <translation>Qué envía cada tick en lugar de su número (como máximo 1024 caracteres); vacío: el número</translation>
    </message>
    <message>
        <source>Each line goes to the keyboard&apos;s targets once every target has answered the one before: a full queue that holds its ack back holds the keyboard back. Type on its card too (double-click it) or in the Console dock.</source>
        <translation>Cada línea va a los destinos del teclado en cuanto todos los destinos han respondido a la anterior: una cola llena que retiene su confirmación retiene al teclado. Escriba también en su tarjeta (doble clic) o en el panel Consola.</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacidad</translation>
    </message>
    <message>
        <source>When full</source>
        <translation>Si está llena</translation>
    </message>
    <message>
        <source>block the producer</source>
        <translation>bloquear al productor</translation>
    </message>
    <message>
        <source>drop the newest</source>
        <translation>descartar el más nuevo</translation>
    </message>
    <message>
        <source>drop the oldest</source>
        <translation>descartar el más antiguo</translation>
    </message>
    <message>
        <source>Service time</source>
        <translation>Tiempo de servicio</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>fijo</translation>
    </message>
    <message>
        <source>random (exponential)</source>
        <translation>aleatorio (exponencial)</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <source>the run&apos;s</source>
        <translation>la de la ejecución</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source> lines</source>
        <translation> líneas</translation>
    </message>
    <message>
        <source>The lines it prints show in the Console dock (View ▸ Console).</source>
        <translation>Las líneas que imprime aparecen en el panel Consola (Ver ▸ Consola).</translation>
    </message>
    <message>
        <source>Start after</source>
        <translation>Iniciar tras</translation>
    </message>
    <message>
        <source>0 s</source>
        <translation>0 s</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>the tick&apos;s number</source>
        <translation>el número del tick</translation>
    </message>
    <message>
        <source>Enter sends the line to the keyboard&apos;s targets</source>
        <translation>Intro envía la línea a los destinos del teclado</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Type the line at the keyboard (Enter)</source>
        <translation>Escribir la línea en el teclado (Intro)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Escribir</translation>
    </message>
    <message>
        <source>A line for its targets, then Enter</source>
        <translation>Una línea para sus destinos y luego Intro</translation>
    </message>
    <message>
        <source>Start the keyboard to type</source>
        <translation>Inicie el teclado para escribir</translation>
    </message>
    <message>
        <source>The member&apos;s place on the ring, 0 to 4294967295; empty: the first four bytes of the SHA-1 of its name</source>
        <translation>La posición del miembro en el anillo, de 0 a 4294967295; vacío: los primeros cuatro bytes del SHA-1 de su nombre</translation>
    </message>
    <message>
        <source>How many members after it the member keeps in its successor list: with 3, two neighbours may die at once</source>
        <translation>Cuántos miembros posteriores guarda el miembro en su lista de sucesores: con 3, dos vecinos pueden morir a la vez</translation>
    </message>
    <message>
        <source>How often the member pings its successor</source>
        <translation>Con qué frecuencia el miembro hace ping a su sucesor</translation>
    </message>
    <message>
        <source>No pong for this long: the successor is suspected, and other members are asked to probe it</source>
        <translation>Sin pong durante este tiempo: el sucesor pasa a ser sospechoso y se pide a otros miembros que lo sondeen</translation>
    </message>
    <message>
        <source>How long an indirect probe waits for the suspect&apos;s pong before it counts as failed</source>
        <translation>Cuánto espera un sondeo indirecto el pong del sospechoso antes de darlo por fallido</translation>
    </message>
    <message>
        <source>How many other members are asked to probe a suspect (SWIM); 0: a suspect that misses one more ping is dead</source>
        <translation>Cuántos otros miembros sondean a un sospechoso (SWIM); 0: un sospechoso que pierde un ping más está muerto</translation>
    </message>
    <message>
        <source>How often the member asks its successor for its predecessor and list, and notifies it (Chord)</source>
        <translation>Con qué frecuencia el miembro pide a su sucesor su predecesor y su lista, y le notifica (Chord)</translation>
    </message>
    <message>
        <source>Chat messages passed on this recently are sent again to a new successor when the old one dies</source>
        <translation>Los mensajes del chat reenviados hace tan poco se vuelven a enviar a un nuevo sucesor cuando muere el anterior</translation>
    </message>
    <message>
        <source>Members to join through, ws://HOST:PORT, comma-separated; without: the node its wire goes to, then the circuit&apos;s other ring nodes</source>
        <translation>Miembros a través de los que unirse, ws://HOST:PUERTO, separados por comas; si no hay: el nodo al que va su cable y luego los demás nodos de anillo del circuito</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>from the name</source>
        <translation>a partir del nombre</translation>
    </message>
    <message>
        <source>Successors</source>
        <translation>Sucesores</translation>
    </message>
    <message>
        <source>Heartbeat</source>
        <translation>Latido</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Suspect after</source>
        <translation>Sospechar tras</translation>
    </message>
    <message>
        <source>Probe timeout</source>
        <translation>Espera del sondeo</translation>
    </message>
    <message>
        <source>Probes</source>
        <translation>Sondeos</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Stabilise</source>
        <translation>Estabilizar</translation>
    </message>
    <message>
        <source>Resend window</source>
        <translation>Ventana de reenvío</translation>
    </message>
    <message>
        <source>Join through</source>
        <translation>Unirse a través de</translation>
    </message>
    <message>
        <source>its wire&apos;s node</source>
        <translation>el nodo de su cable</translation>
    </message>
    <message>
        <source>Say something round the ring in the Ring Chat (View ▸ Ring Chat); docs/ring.md explains the parameters.</source>
        <translation>Diga algo alrededor del anillo en el Chat del anillo (Ver ▸ Chat del anillo); docs/ring.md explica los parámetros.</translation>
    </message>
    <message>
        <source>How many ticks the clock sends (forever: until stopped)</source>
        <translation>Cuántos ticks envía el reloj (siempre: hasta que se detenga)</translation>
    </message>
    <message>
        <source>Seconds between the acknowledged tick and the next one</source>
        <translation>Segundos entre el tick confirmado y el siguiente</translation>
    </message>
    <message>
        <source>Probability that a drawn bit is 0</source>
        <translation>Probabilidad de que un bit sorteado sea 0</translation>
    </message>
    <message>
        <source>How many bits the pin draws and streams per tick</source>
        <translation>Cuántos bits sortea y transmite el pin en cada tick</translation>
    </message>
    <message>
        <source>A fixed random seed makes the bits repeatable; empty: random</source>
        <translation>Una semilla aleatoria fija hace repetibles los bits; vacío: aleatorio</translation>
    </message>
    <message>
        <source>What the buzzer answers to a 1</source>
        <translation>Qué responde el zumbador a un 1</translation>
    </message>
    <message>
        <source>Select a node or a wire to see and edit its settings.</source>
        <translation>Seleccione un nodo o un cable para ver y editar sus ajustes.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Stop this node</source>
        <translation>Detener este nodo</translation>
    </message>
    <message>
        <source>Start this node</source>
        <translation>Iniciar este nodo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Unique in the circuit</source>
        <translation>Único en el circuito</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>The address the node listens on (or runs at)</source>
        <translation>La dirección en la que escucha el nodo (o donde se ejecuta)</translation>
    </message>
    <message>
        <source>A running node restarts on its new port</source>
        <translation>Un nodo en ejecución se reinicia en su nuevo puerto</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>auto</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Listen on the network (all addresses)</source>
        <translation>Escuchar en la red (todas las direcciones)</translation>
    </message>
    <message>
        <source>Checked: the node listens on 0.0.0.0, unchecked: on 127.0.0.1 only</source>
        <translation>Marcado: el nodo escucha en 0.0.0.0; sin marcar: solo en 127.0.0.1</translation>
    </message>
    <message>
        <source>Ticks</source>
        <translation>Ticks</translation>
    </message>
    <message>
        <source>forever</source>
        <translation>siempre</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Retardo</translation>
    </message>
    <message>
        <source>Chance of 0</source>
        <translation>Probabilidad de 0</translation>
    </message>
    <message>
        <source>Bits per tick</source>
        <translation>Bits por tick</translation>
    </message>
    <message>
        <source>random</source>
        <translation>aleatorio</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Sonido</translation>
    </message>
    <message>
        <source>An LED has no parameters: it glows on 1.</source>
        <translation>Un LED no tiene parámetros: se enciende con 1.</translation>
    </message>
    <message>
        <source>A proxy has no parameters. It relays every message to its target and the target&apos;s ack back, both through this workbench: pause, step and the fault rules of its wires reach traffic between nodes that run elsewhere.</source>
        <translation>Un proxy no tiene parámetros. Reenvía cada mensaje a su destino y la confirmación del destino de vuelta, ambos a través de este banco de trabajo: la pausa, el paso a paso y las reglas de fallos de sus cables alcanzan el tráfico entre nodos que se ejecutan en otro lugar.</translation>
    </message>
    <message>
        <source>Discovered in the registry%1. It comes and goes with its registration and is not saved in the circuit file: it cannot be renamed, edited or deleted here, and its place on the canvas is not kept. Wire a clock, an iopin or a proxy to it like to any other node.</source>
        <translation>Descubierto en el registro%1. Aparece y desaparece con su inscripción y no se guarda en el archivo del circuito: aquí no se puede renombrar, editar ni eliminar, y su posición en el lienzo no se conserva. Conecte un reloj, un iopin o un proxy a él como a cualquier otro nodo.</translation>
    </message>
    <message>
        <source> as %1</source>
        <translation> como %1</translation>
    </message>
    <message>
        <source>An external node runs elsewhere; wires reach it at its host and port.</source>
        <translation>Un nodo externo se ejecuta en otro lugar; los cables lo alcanzan en su host y puerto.</translation>
    </message>
    <message>
        <source>A script node runs its JavaScript sketch: setup(params) once, then loop(channel, message) for every message, whose return value is the ack.</source>
        <translation>Un nodo de script ejecuta su sketch de JavaScript: setup(params) una vez y luego loop(channel, message) para cada mensaje, cuyo valor de retorno es la confirmación.</translation>
    </message>
    <message>
        <source>Edit Script…</source>
        <translation>Editar script…</translation>
    </message>
    <message>
        <source>Open the sketch in the Script dock (or double-click the card)</source>
        <translation>Abrir el sketch en el panel Script (o hacer doble clic en la tarjeta)</translation>
    </message>
</context>
<context>
    <name>wb::KeyboardLineEditor</name>
    <message>
        <source>Type a line, then Enter</source>
        <translation>Escriba una línea y pulse Intro</translation>
    </message>
    <message>
        <source>Enter sends the line to the keyboard&apos;s targets; Escape closes</source>
        <translation>Intro envía la línea a los destinos del teclado; Esc cierra</translation>
    </message>
</context>
<context>
    <name>wb::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;System (%1)</source>
        <translation>&amp;Sistema (%1)</translation>
    </message>
    <message>
        <source>Wirebench speaks %1 from its next start.</source>
        <translation>Wirebench hablará %1 a partir del próximo inicio.</translation>
    </message>
</context>
<context>
    <name>wb::Lesson</name>
    <message>
        <source>nothing yet</source>
        <translation>aún nada</translation>
    </message>
    <message>
        <source>the highest %1 was %2</source>
        <translation>el máximo de %1 fue %2</translation>
    </message>
    <message>
        <source>the last %1 was %2</source>
        <translation>el último %1 fue %2</translation>
    </message>
    <message>
        <source>no %1 yet</source>
        <translation>aún ningún %1</translation>
    </message>
    <message>
        <source>first %1 at %2</source>
        <translation>primer %1 en %2</translation>
    </message>
    <message>
        <source>%1 of %2 messages (%3) not acknowledged</source>
        <translation>%1 de %2 mensajes (%3) sin confirmar</translation>
    </message>
    <message>
        <source>%1 never happened</source>
        <translation>%1 no ocurrió nunca</translation>
    </message>
    <message>
        <source>%1 at %2, %3 %4 later (limit %5)</source>
        <translation>%1 en %2, %3 %4 después (límite %5)</translation>
    </message>
    <message>
        <source>%1 at %2, no %3 within %4</source>
        <translation>%1 en %2, ningún %3 en %4</translation>
    </message>
    <message>
        <source>%1 came first, at %2</source>
        <translation>%1 ocurrió primero, en %2</translation>
    </message>
    <message>
        <source>neither happened</source>
        <translation>no ocurrió ninguno</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; no es un número</translation>
    </message>
    <message>
        <source>this text has no closing &apos;&quot;&apos;</source>
        <translation>a este texto le falta la &apos;&quot;&apos; de cierre</translation>
    </message>
    <message>
        <source>&apos;=&apos; alone: compare with &apos;==&apos;, or give a filter as name: value</source>
        <translation>&apos;=&apos; solo: compare con &apos;==&apos; o indique un filtro como nombre: valor</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>carácter inesperado &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>el final</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>un texto</translation>
    </message>
    <message>
        <source>a condition</source>
        <translation>una condición</translation>
    </message>
    <message>
        <source>an event pattern</source>
        <translation>un patrón de eventos</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>un valor</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; after the check</source>
        <translation>&apos;%1&apos; inesperado tras la comprobación</translation>
    </message>
    <message>
        <source>a check must be a condition (a comparison, within, before, all or any), not %1</source>
        <translation>una comprobación debe ser una condición (una comparación, within, before, all o any), no %1</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>línea %1, columna %2: %3</translation>
    </message>
    <message>
        <source>expected &apos;%1&apos; %2, found &apos;%3&apos;</source>
        <translation>se esperaba &apos;%1&apos; %2, se encontró &apos;%3&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; joins conditions; this is %2</source>
        <translation>&apos;%1&apos; une condiciones; esto es %2</translation>
    </message>
    <message>
        <source>&apos;not&apos; takes a condition; this is %1</source>
        <translation>&apos;not&apos; admite una condición; esto es %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; compares numbers or texts; this is %2 (count(...) counts a pattern&apos;s events)</source>
        <translation>&apos;%1&apos; compara números o textos; esto es %2 (count(...) cuenta los eventos de un patrón)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; orders numbers; a text can only be compared with == or !=</source>
        <translation>&apos;%1&apos; ordena números; un texto solo se puede comparar con == o !=</translation>
    </message>
    <message>
        <source>to close &apos;(&apos;</source>
        <translation>para cerrar &apos;(&apos;</translation>
    </message>
    <message>
        <source>expected a value, a pattern or a function, found &apos;%1&apos;</source>
        <translation>se esperaba un valor, un patrón o una función, se encontró &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown name &apos;%1&apos; (patterns: %2; functions: %3)</source>
        <translation>nombre desconocido &apos;%1&apos; (patrones: %2; funciones: %3)</translation>
    </message>
    <message>
        <source>expected a filter of %1 as name: value (%2), found &apos;%3&apos;</source>
        <translation>se esperaba un filtro de %1 como nombre: valor (%2), se encontró &apos;%3&apos;</translation>
    </message>
    <message>
        <source>%1 has no filter &apos;%2&apos; (it has %3)</source>
        <translation>%1 no tiene el filtro &apos;%2&apos; (tiene %3)</translation>
    </message>
    <message>
        <source>filter &apos;%1&apos; given twice</source>
        <translation>filtro &apos;%1&apos; indicado dos veces</translation>
    </message>
    <message>
        <source>filter &apos;%1&apos; takes %2, found &apos;%3&apos;</source>
        <translation>el filtro &apos;%1&apos; admite %2, se encontró &apos;%3&apos;</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <source>a text in quotes</source>
        <translation>un texto entre comillas</translation>
    </message>
    <message>
        <source>bad regular expression: %1</source>
        <translation>expresión regular incorrecta: %1</translation>
    </message>
    <message>
        <source>between filters</source>
        <translation>entre filtros</translation>
    </message>
    <message>
        <source>between arguments</source>
        <translation>entre argumentos</translation>
    </message>
    <message>
        <source>%1 takes one condition or more</source>
        <translation>%1 admite una o más condiciones</translation>
    </message>
    <message>
        <source>%1 takes conditions; &apos;%2&apos; is %3</source>
        <translation>%1 admite condiciones; &apos;%2&apos; es %3</translation>
    </message>
    <message>
        <source>%1 takes %2 argument(s), not %3</source>
        <translation>%1 admite %2 argumento(s), no %3</translation>
    </message>
    <message>
        <source>%1: argument %2 (&apos;%3&apos;) must be %4, not %5</source>
        <translation>%1: el argumento %2 (&apos;%3&apos;) debe ser %4, no %5</translation>
    </message>
    <message>
        <source>max takes a live pattern with a key: max(live(node: &quot;queue&quot;, key: &quot;fill&quot;))</source>
        <translation>max admite un patrón live con una clave: max(live(node: &quot;queue&quot;, key: &quot;fill&quot;))</translation>
    </message>
    <message>
        <source>unacked takes a sent pattern: unacked(sent(from: &quot;clock&quot;))</source>
        <translation>unacked admite un patrón sent: unacked(sent(from: &quot;clock&quot;))</translation>
    </message>
    <message>
        <source>last of a live pattern needs its key</source>
        <translation>last de un patrón live necesita su clave</translation>
    </message>
    <message>
        <source>line 1, column 1: the check is empty</source>
        <translation>línea 1, columna 1: la comprobación está vacía</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>línea %1, columna %2</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>se esperaba un objeto JSON</translation>
    </message>
    <message>
        <source>unknown field (known: %1)</source>
        <translation>campo desconocido (conocidos: %1)</translation>
    </message>
    <message>
        <source>must be &quot;wirebench-lesson&quot;</source>
        <translation>debe ser &quot;wirebench-lesson&quot;</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>debe ser %1</translation>
    </message>
    <message>
        <source>a lesson needs a title</source>
        <translation>una lección necesita un título</translation>
    </message>
    <message>
        <source>a whole number from 0 to 9999</source>
        <translation>un número entero de 0 a 9999</translation>
    </message>
    <message>
        <source>a text (or a list of lines) saying what the lesson is for</source>
        <translation>un texto (o una lista de líneas) que diga para qué sirve la lección</translation>
    </message>
    <message>
        <source>a list of texts</source>
        <translation>una lista de textos</translation>
    </message>
    <message>
        <source>a list of file names</source>
        <translation>una lista de nombres de archivo</translation>
    </message>
    <message>
        <source>a file name of the lesson&apos;s folder</source>
        <translation>un nombre de archivo de la carpeta de la lección</translation>
    </message>
    <message>
        <source>the name of the circuit file in the lesson&apos;s folder</source>
        <translation>el nombre del archivo del circuito en la carpeta de la lección</translation>
    </message>
    <message>
        <source>a number of seconds from 0.1 to 3600</source>
        <translation>un número de segundos de 0,1 a 3600</translation>
    </message>
    <message>
        <source>a list of one check or more</source>
        <translation>una lista de una o más comprobaciones</translation>
    </message>
    <message>
        <source>an object with &quot;text&quot; and &quot;check&quot;</source>
        <translation>un objeto con &quot;text&quot; y &quot;check&quot;</translation>
    </message>
    <message>
        <source>unknown field (known: text, check)</source>
        <translation>campo desconocido (conocidos: text, check)</translation>
    </message>
    <message>
        <source>the check in words, as students read it</source>
        <translation>la comprobación en palabras, tal como la leen los estudiantes</translation>
    </message>
    <message>
        <source>a text (or a list of lines) in the check language</source>
        <translation>un texto (o una lista de líneas) en el lenguaje de comprobación</translation>
    </message>
    <message>
        <source>%1: circuit: %2</source>
        <translation>%1: circuito: %2</translation>
    </message>
    <message>
        <source>%1 is not in the lesson&apos;s folder</source>
        <translation>%1 no está en la carpeta de la lección</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 no es una carpeta</translation>
    </message>
    <message>
        <source>larger than 1 MiB</source>
        <translation>mayor de 1 MiB</translation>
    </message>
</context>
<context>
    <name>wb::LessonCheckModel</name>
    <message>
        <source>waiting for the run</source>
        <translation>esperando la ejecución</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
</context>
<context>
    <name>wb::LessonController</name>
    <message>
        <source>Lesson</source>
        <translation>Lección</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Lecciones</translation>
    </message>
    <message>
        <source>&amp;Start Page</source>
        <translation>Página &amp;de inicio</translation>
    </message>
    <message>
        <source>Open Lesson &amp;Folder…</source>
        <translation>Abrir &amp;carpeta de lección…</translation>
    </message>
    <message>
        <source>Open Lesson Folder</source>
        <translation>Abrir carpeta de lección</translation>
    </message>
    <message>
        <source>Lesson: %1</source>
        <translation>Lección: %1</translation>
    </message>
    <message>
        <source>Save Lesson Files Into</source>
        <translation>Guardar los archivos de la lección en</translation>
    </message>
    <message>
        <source>Lesson files saved in %1</source>
        <translation>Archivos de la lección guardados en %1</translation>
    </message>
</context>
<context>
    <name>wb::LessonPanel</name>
    <message>
        <source>Save Lesson Files…</source>
        <translation>Guardar archivos de la lección…</translation>
    </message>
    <message>
        <source>Close Lesson</source>
        <translation>Cerrar lección</translation>
    </message>
    <message>
        <source>Open a Lesson…</source>
        <translation>Abrir una lección…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Checks&lt;/b&gt; (judged over the run; those that need the whole run are judged when it stops)</source>
        <translation>&lt;b&gt;Comprobaciones&lt;/b&gt; (evaluadas durante la ejecución; las que necesitan la ejecución entera se evalúan cuando se detiene)</translation>
    </message>
    <message>
        <source>&lt;p&gt;No lesson is open. File ▸ Lessons lists the built-in ones; a lesson folder of your own opens with File ▸ Lessons ▸ Open Lesson Folder….&lt;/p&gt;</source>
        <translation>&lt;p&gt;No hay ninguna lección abierta. Archivo ▸ Lecciones muestra las incluidas; una carpeta de lección propia se abre con Archivo ▸ Lecciones ▸ Abrir carpeta de lección….&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <source>&lt;p&gt;Save Lesson Files… copies them to a folder of yours.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Guardar archivos de la lección… los copia en una carpeta suya.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Run length: %1 s%2</source>
        <translation>Duración de la ejecución: %1 s%2</translation>
    </message>
    <message>
        <source> · needs a registry (Run ▸ Discover Nodes)</source>
        <translation> · necesita un registro (Ejecutar ▸ Descubrir nodos)</translation>
    </message>
</context>
<context>
    <name>wb::Link</name>
    <message>
        <source>no answer within %1 s</source>
        <translation>sin respuesta en %1 s</translation>
    </message>
    <message>
        <source>no pong within %1 s</source>
        <translation>sin pong en %1 s</translation>
    </message>
    <message>
        <source>%1 messages already wait for %2</source>
        <translation>ya hay %1 mensajes esperando a %2</translation>
    </message>
    <message>
        <source>the message is over %1 bytes, the limit of a message</source>
        <translation>el mensaje supera los %1 bytes, el límite de un mensaje</translation>
    </message>
    <message>
        <source>cannot reach %1: %2</source>
        <translation>no se puede alcanzar %1: %2</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>cerrado</translation>
    </message>
    <message>
        <source>crashed</source>
        <translation>falló</translation>
    </message>
    <message>
        <source>a binary frame where an ack was due: binary frames are not part of the protocol</source>
        <translation>una trama binaria donde tocaba una confirmación: las tramas binarias no forman parte del protocolo</translation>
    </message>
    <message>
        <source>connection closed (code %1)</source>
        <translation>conexión cerrada (código %1)</translation>
    </message>
    <message>
        <source>an ack that answers no message: %1</source>
        <translation>una confirmación que no responde a ningún mensaje: %1</translation>
    </message>
    <message>
        <source>cannot reach %1: %2 (closed with code %3)</source>
        <translation>no se puede alcanzar %1: %2 (cerrado con el código %3)</translation>
    </message>
    <message>
        <source>no ack within %1 s</source>
        <translation>sin confirmación en %1 s</translation>
    </message>
    <message>
        <source>after 1 attempt</source>
        <translation>tras 1 intento</translation>
    </message>
    <message>
        <source>after %1 attempts</source>
        <translation>tras %1 intentos</translation>
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
        <translation>%1 no se está ejecutando</translation>
    </message>
    <message>
        <source>%1 has no address to send to</source>
        <translation>%1 no tiene ninguna dirección a la que enviar</translation>
    </message>
</context>
<context>
    <name>wb::LogModel</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>wb::LogPanel</name>
    <message>
        <source>Show the lines of one node</source>
        <translation>Mostrar las líneas de un nodo</translation>
    </message>
    <message>
        <source>Filter lines…</source>
        <translation>Filtrar líneas…</translation>
    </message>
    <message>
        <source>Follow the newest line</source>
        <translation>Seguir la línea más reciente</translation>
    </message>
    <message>
        <source>Clear the log</source>
        <translation>Vaciar el registro</translation>
    </message>
    <message>
        <source>All nodes</source>
        <translation>Todos los nodos</translation>
    </message>
    <message>
        <source>Workbench</source>
        <translation>Banco de trabajo</translation>
    </message>
</context>
<context>
    <name>wb::LogicAnalyzer</name>
    <message>
        <source>Back to live</source>
        <translation>Volver al directo</translation>
    </message>
    <message>
        <source>Open Recording…</source>
        <translation>Abrir grabación…</translation>
    </message>
    <message>
        <source>Open a saved recording (.vcd or .csv) for review</source>
        <translation>Abrir una grabación guardada (.vcd o .csv) para revisarla</translation>
    </message>
    <message>
        <source>Open Recording</source>
        <translation>Abrir grabación</translation>
    </message>
    <message>
        <source>Recordings (*.vcd *.csv)</source>
        <translation>Grabaciones (*.vcd *.csv)</translation>
    </message>
    <message>
        <source>Save Recording…</source>
        <translation>Guardar grabación…</translation>
    </message>
    <message>
        <source>Save the recording: VCD for GTKWave, PulseView and sigrok; CSV with every message</source>
        <translation>Guardar la grabación: VCD para GTKWave, PulseView y sigrok; CSV con cada mensaje</translation>
    </message>
    <message>
        <source>Save Recording</source>
        <translation>Guardar grabación</translation>
    </message>
    <message>
        <source>Value Change Dump (*.vcd)</source>
        <translation>Value Change Dump (*.vcd)</translation>
    </message>
    <message>
        <source>Every event as CSV (*.csv)</source>
        <translation>Cada evento como CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export Plot Image…</source>
        <translation>Exportar imagen del gráfico…</translation>
    </message>
    <message>
        <source>Save the visible plot as PNG or SVG</source>
        <translation>Guardar el gráfico visible como PNG o SVG</translation>
    </message>
    <message>
        <source>Export Plot</source>
        <translation>Exportar gráfico</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Dibujo SVG (*.svg)</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Ampliar</translation>
    </message>
    <message>
        <source>Zoom in (+, or the wheel)</source>
        <translation>Ampliar (+ o la rueda)</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Reducir</translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation>Reducir (-)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Show the whole recording (F)</source>
        <translation>Mostrar toda la grabación (F)</translation>
    </message>
    <message>
        <source>Follow Live</source>
        <translation>Seguir en directo</translation>
    </message>
    <message>
        <source>Keep now at the right edge while the circuit runs (End)</source>
        <translation>Mantener el presente en el borde derecho mientras se ejecuta el circuito (Fin)</translation>
    </message>
    <message>
        <source>Cursors</source>
        <translation>Cursores</translation>
    </message>
    <message>
        <source>Two cursors that measure Δt and frequency (or click the time ruler)</source>
        <translation>Dos cursores que miden Δt y la frecuencia (o haga clic en la regla de tiempo)</translation>
    </message>
    <message>
        <source>Back to Live Recording</source>
        <translation>Volver a la grabación en directo</translation>
    </message>
    <message>
        <source>Reviewing %1: %L2 events, nothing runs.</source>
        <translation>Revisando %1: %L2 eventos, nada se ejecuta.</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 abierto</translation>
    </message>
    <message>
        <source>Saved the recording to %1</source>
        <translation>Grabación guardada en %1</translation>
    </message>
    <message>
        <source>Saved the plot to %1</source>
        <translation>Gráfico guardado en %1</translation>
    </message>
    <message>
        <source>%L1 events</source>
        <translation>%L1 eventos</translation>
    </message>
    <message>
        <source>%L1 dropped (cap %L2)</source>
        <translation>%L1 descartados (límite %L2)</translation>
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
        <translation>Componentes</translation>
    </message>
    <message>
        <source>Mesh</source>
        <translation>Malla</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Logic Analyzer</source>
        <translation>Analizador lógico</translation>
    </message>
    <message>
        <source>Sequence Chart</source>
        <translation>Diagrama de secuencia</translation>
    </message>
    <message>
        <source>Ring Chat</source>
        <translation>Chat del anillo</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Consola</translation>
    </message>
    <message>
        <source>About Wirebench</source>
        <translation>Acerca de Wirebench</translation>
    </message>
    <message>
        <source>&lt;b&gt;Wirebench %1&lt;/b&gt;&lt;p&gt;A circuit workbench whose components are real WebSocket nodes, compatible with the Python nodes of “Reactive Python” (2016).&lt;/p&gt;</source>
        <translation>&lt;b&gt;Wirebench %1&lt;/b&gt;&lt;p&gt;Un banco de trabajo de circuitos cuyos componentes son nodos WebSocket reales, compatible con los nodos Python de «Reactive Python» (2016).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Sin cambios: %1</translation>
    </message>
    <message>
        <source>%1 could not start: %2</source>
        <translation>%1 no se pudo iniciar: %2</translation>
    </message>
    <message>
        <source>Wirebench</source>
        <translation>Wirebench</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 abierto</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 guardado</translation>
    </message>
    <message>
        <source>recording the buzzer&apos;s sound to %1</source>
        <translation>grabando el sonido del zumbador en %1</translation>
    </message>
    <message>
        <source>cannot record: %1</source>
        <translation>no se puede grabar: %1</translation>
    </message>
    <message>
        <source>sound recorded to %1</source>
        <translation>sonido grabado en %1</translation>
    </message>
    <message>
        <source>recording failed: %1</source>
        <translation>falló la grabación: %1</translation>
    </message>
    <message>
        <source>Record sound to</source>
        <translation>Grabar sonido en</translation>
    </message>
    <message>
        <source>WAV audio (*.wav)</source>
        <translation>Audio WAV (*.wav)</translation>
    </message>
</context>
<context>
    <name>wb::MeshDiscovery</name>
    <message>
        <source>the record names &quot;%1&quot;</source>
        <translation>la entrada nombra &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a local node of this circuit has that name; %1 is not shown</source>
        <translation>un nodo local de este circuito tiene ese nombre; %1 no se muestra</translation>
    </message>
</context>
<context>
    <name>wb::MeshRuntime</name>
    <message>
        <source>the node is down</source>
        <translation>el nodo está caído</translation>
    </message>
    <message>
        <source>the node is down (%1)</source>
        <translation>el nodo está caído (%1)</translation>
    </message>
</context>
<context>
    <name>wb::MeshTableModel</name>
    <message>
        <source>Chosen by the system when the node starts (port 0, auto, in the file). Double-click to set one (1–65535).</source>
        <translation>Lo elige el sistema al iniciarse el nodo (puerto 0, auto, en el archivo). Doble clic para fijar uno (1–65535).</translation>
    </message>
    <message>
        <source>Double-click to change the port (1–65535); a running node restarts.</source>
        <translation>Doble clic para cambiar el puerto (1–65535); un nodo en ejecución se reinicia.</translation>
    </message>
    <message>
        <source>Discovered in the registry: it comes and goes with its registration, is not saved in the file and cannot be edited here</source>
        <translation>Descubierto en el registro: aparece y desaparece con su inscripción, no se guarda en el archivo y aquí no se puede editar</translation>
    </message>
    <message>
        <source>%1: double-click to rename</source>
        <translation>%1: doble clic para renombrar</translation>
    </message>
    <message>
        <source>Round-trip time of the last acknowledged message</source>
        <translation>Tiempo de ida y vuelta del último mensaje confirmado</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Salud</translation>
    </message>
    <message>
        <source>Ping</source>
        <translation>Ping</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Entr.</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Sal.</translation>
    </message>
    <message>
        <source>Ack</source>
        <translation>Conf.</translation>
    </message>
    <message>
        <source>RTT</source>
        <translation>RTT</translation>
    </message>
    <message>
        <source>Local (runs in this program), external (at an address) or discovered</source>
        <translation>Local (se ejecuta en este programa), externo (en una dirección) o descubierto</translation>
    </message>
    <message>
        <source>An external node&apos;s liveness (ping/pong): point at its mark for the details</source>
        <translation>La vitalidad de un nodo externo (ping/pong): señale su marca para ver los detalles</translation>
    </message>
    <message>
        <source>The last ping round trip of an external node</source>
        <translation>El último tiempo de ida y vuelta del ping de un nodo externo</translation>
    </message>
    <message>
        <source>Messages received (by a node that runs elsewhere: those sent to it)</source>
        <translation>Mensajes recibidos (en un nodo que se ejecuta en otro lugar: los que se le enviaron)</translation>
    </message>
    <message>
        <source>Messages sent</source>
        <translation>Mensajes enviados</translation>
    </message>
    <message>
        <source>The last acknowledgement the node received or sent</source>
        <translation>La última confirmación que el nodo recibió o envió</translation>
    </message>
    <message>
        <source>local</source>
        <translation>local</translation>
    </message>
    <message>
        <source>discovered</source>
        <translation>descubierto</translation>
    </message>
    <message>
        <source>external</source>
        <translation>externo</translation>
    </message>
    <message>
        <source>remote</source>
        <translation>remoto</translation>
    </message>
</context>
<context>
    <name>wb::NetworkSecurity</name>
    <message>
        <source>%1: cannot create its folder</source>
        <translation>%1: no se puede crear su carpeta</translation>
    </message>
    <message>
        <source>--token-file: choose a file</source>
        <translation>--token-file: elija un archivo</translation>
    </message>
    <message>
        <source>--tls-pin %1: with --tls-cert, connections pin that certificate (the nodes here connect to each other over wss); leave it out</source>
        <translation>--tls-pin %1: con --tls-cert, las conexiones fijan ese certificado (los nodos de aquí se conectan entre sí por wss); omítalo</translation>
    </message>
    <message>
        <source>A certificate needs its key, and a key its certificate</source>
        <translation>Un certificado necesita su clave, y una clave su certificado</translation>
    </message>
    <message>
        <source>The token of WIREBENCH_TOKEN</source>
        <translation>El token de WIREBENCH_TOKEN</translation>
    </message>
    <message>
        <source>Token file</source>
        <translation>Archivo de token</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Clave privada</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Huella digital</translation>
    </message>
    <message>
        <source> · open</source>
        <translation> · abierto</translation>
    </message>
    <message>
        <source> · token</source>
        <translation> · token</translation>
    </message>
</context>
<context>
    <name>wb::NetworkSecurityControl</name>
    <message>
        <source>Network security for the next Run: %1</source>
        <translation>Seguridad de red para la próxima ejecución: %1</translation>
    </message>
    <message>
        <source>Network security: %1. LAN nodes refuse every client until it is fixed (Run ▸ Network Security…)</source>
        <translation>Seguridad de red: %1. Los nodos LAN rechazan a todos los clientes hasta que se corrija (Ejecutar ▸ Seguridad de red…)</translation>
    </message>
    <message>
        <source>Cannot save the token: %1</source>
        <translation>No se puede guardar el token: %1</translation>
    </message>
    <message>
        <source>Network security saved: it applies at the next Run (the running nodes keep theirs until the circuit stops)</source>
        <translation>Seguridad de red guardada: se aplica en la próxima ejecución (los nodos en ejecución conservan la suya hasta que se detenga el circuito)</translation>
    </message>
    <message>
        <source>Network security: %1</source>
        <translation>Seguridad de red: %1</translation>
    </message>
    <message>
        <source>LAN nodes are open to anyone on the network</source>
        <translation>Los nodos LAN están abiertos a cualquiera en la red</translation>
    </message>
    <message>
        <source>LAN nodes require the token</source>
        <translation>Los nodos LAN exigen el token</translation>
    </message>
    <message>
        <source>nodes serve wss (TLS)</source>
        <translation>los nodos sirven wss (TLS)</translation>
    </message>
    <message>
        <source>connections use wss to the pinned certificate</source>
        <translation>las conexiones usan wss con el certificado fijado</translation>
    </message>
</context>
<context>
    <name>wb::NetworkSecurityDialog</name>
    <message>
        <source>Network Security</source>
        <translation>Seguridad de red</translation>
    </message>
    <message>
        <source>Nodes that listen on the network (LAN) can be reached by other machines. Nodes on 127.0.0.1 stay open to this computer&apos;s programs, as the seed&apos;s Python nodes expect.</source>
        <translation>Otras máquinas pueden alcanzar los nodos que escuchan en la red (LAN). Los nodos en 127.0.0.1 siguen abiertos a los programas de este equipo, como esperan los nodos Python del ejemplo.</translation>
    </message>
    <message>
        <source>This run uses the command line&apos;s --token-file, --tls-… options (or WIREBENCH_TOKEN) where given; what you save here applies where they are not, and from the next start.</source>
        <translation>Esta ejecución usa las opciones --token-file, --tls-… de la línea de órdenes (o WIREBENCH_TOKEN) donde se indiquen; lo que guarde aquí se aplica donde no se indiquen, y a partir del próximo inicio.</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>&amp;Require a token from clients of LAN nodes</source>
        <translation>&amp;Exigir un token a los clientes de los nodos LAN</translation>
    </message>
    <message>
        <source>Clients send it as &quot;Authorization: Bearer TOKEN&quot; or &quot;?token=TOKEN&quot;; the nodes of this workbench send it to the nodes they connect to</source>
        <translation>Los clientes lo envían como &quot;Authorization: Bearer TOKEN&quot; o &quot;?token=TOKEN&quot;; los nodos de este banco de trabajo lo envían a los nodos con los que se conectan</translation>
    </message>
    <message>
        <source>&amp;Generated:</source>
        <translation>&amp;Generado:</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy the token, to give it to the other machines&apos; peers</source>
        <translation>Copiar el token para dárselo a los pares de las otras máquinas</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>A fresh random token (256 bits); clients with the old one are refused from the next Run</source>
        <translation>Un token aleatorio nuevo (256 bits); los clientes con el anterior se rechazan a partir de la próxima ejecución</translation>
    </message>
    <message>
        <source>From a &amp;file:</source>
        <translation>Desde un &amp;archivo:</translation>
    </message>
    <message>
        <source>Its first line: at least 32 characters</source>
        <translation>Su primera línea: al menos 32 caracteres</translation>
    </message>
    <message>
        <source>Token File</source>
        <translation>Archivo de token</translation>
    </message>
    <message>
        <source>Peers send it as &quot;Authorization: Bearer TOKEN&quot; (Python: websockets.connect(url, extra_headers=...)) or ?token=TOKEN; see docs/security.md.</source>
        <translation>Los pares lo envían como &quot;Authorization: Bearer TOKEN&quot; (Python: websockets.connect(url, extra_headers=...)) o ?token=TOKEN; consulte docs/security.md.</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>TLS (wss)</source>
        <translation>TLS (wss)</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
        <translation>Archivos PEM (*.pem *.crt *.key);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>None: nodes serve plain ws://</source>
        <translation>Ninguno: los nodos sirven ws:// sin cifrar</translation>
    </message>
    <message>
        <source>Ce&amp;rtificate:</source>
        <translation>Cer&amp;tificado:</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <source>The certificate&apos;s unencrypted RSA or EC key</source>
        <translation>La clave RSA o EC sin cifrar del certificado</translation>
    </message>
    <message>
        <source>Private &amp;key:</source>
        <translation>C&amp;lave privada:</translation>
    </message>
    <message>
        <source>Private Key</source>
        <translation>Clave privada</translation>
    </message>
    <message>
        <source>SHA-256 of this certificate: pin it on the machines that connect to these nodes</source>
        <translation>SHA-256 de este certificado: fíjelo en las máquinas que se conectan a estos nodos</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Cop&amp;iar</translation>
    </message>
    <message>
        <source>Its fingerprint:</source>
        <translation>Su huella digital:</translation>
    </message>
    <message>
        <source>None: connections use plain ws:// (with a certificate: its fingerprint)</source>
        <translation>Ninguna: las conexiones usan ws:// sin cifrar (con un certificado: su huella digital)</translation>
    </message>
    <message>
        <source>Every connection these nodes open then speaks wss and accepts only the certificate of this SHA-256 fingerprint (64 hex digits, colons allowed: openssl x509 -noout -fingerprint -sha256)</source>
        <translation>Todas las conexiones que abran estos nodos hablarán entonces wss y solo aceptarán el certificado con esta huella digital SHA-256 (64 dígitos hexadecimales, se admiten dos puntos: openssl x509 -noout -fingerprint -sha256)</translation>
    </message>
    <message>
        <source>&amp;Pin for connections:</source>
        <translation>&amp;Fijar para las conexiones:</translation>
    </message>
    <message>
        <source>A certificate makes every node here serve wss, those on 127.0.0.1 too: plain ws:// peers (the seed&apos;s Python nodes) then need wss and the pin.</source>
        <translation>Un certificado hace que todos los nodos de aquí sirvan wss, también los de 127.0.0.1: los pares con ws:// sin cifrar (los nodos Python del ejemplo) necesitarán entonces wss y la huella fijada.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>No certificate</source>
        <translation>Sin certificado</translation>
    </message>
    <message>
        <source>No PEM certificate in that file</source>
        <translation>No hay ningún certificado PEM en ese archivo</translation>
    </message>
</context>
<context>
    <name>wb::NetworkSecurityWarning</name>
    <message>
        <source>⚠ LAN nodes refuse every client</source>
        <translation>⚠ Los nodos LAN rechazan a todos los clientes</translation>
    </message>
</context>
<context>
    <name>wb::NodeRegistration</name>
    <message>
        <source>another node</source>
        <translation>otro nodo</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; is taken: %2 holds it in the registry; choose another name</source>
        <translation>el nombre &quot;%1&quot; ya está en uso: %2 lo ocupa en el registro; elija otro nombre</translation>
    </message>
</context>
<context>
    <name>wb::PaletteWidget</name>
    <message>
        <source>Drag a component onto the canvas, or press Enter to place it</source>
        <translation>Arrastre un componente al lienzo o pulse Intro para colocarlo</translation>
    </message>
    <message>
        <source>Ticks at a steady pace</source>
        <translation>Emite ticks a ritmo constante</translation>
    </message>
    <message>
        <source>Random bits on each tick</source>
        <translation>Bits aleatorios en cada tick</translation>
    </message>
    <message>
        <source>Buzzes on 1, quiet on 0</source>
        <translation>Zumba con 1, calla con 0</translation>
    </message>
    <message>
        <source>Lights on 1, dark on 0</source>
        <translation>Luce con 1, se apaga con 0</translation>
    </message>
    <message>
        <source>Relays messages and their acks</source>
        <translation>Reenvía mensajes y confirmaciones</translation>
    </message>
    <message>
        <source>Chats round a ring that heals</source>
        <translation>Chat en anillo autorreparable</translation>
    </message>
    <message>
        <source>Sends the lines you type</source>
        <translation>Envía las líneas que escribe</translation>
    </message>
    <message>
        <source>Holds messages in order, up to its capacity</source>
        <translation>Guarda mensajes en orden, hasta su capacidad</translation>
    </message>
    <message>
        <source>Takes its time over each message</source>
        <translation>Se toma su tiempo con cada mensaje</translation>
    </message>
    <message>
        <source>Shows the lines it receives</source>
        <translation>Muestra las líneas que recibe</translation>
    </message>
    <message>
        <source>Runs a sketch you write in JavaScript</source>
        <translation>Ejecuta un sketch en JavaScript</translation>
    </message>
    <message>
        <source>A node elsewhere, by address</source>
        <translation>Un nodo remoto, por su dirección</translation>
    </message>
</context>
<context>
    <name>wb::PeerWatch</name>
    <message>
        <source>no handshake within %1 s</source>
        <translation>sin negociación en %1 s</translation>
    </message>
    <message>
        <source>no pong within %1 s</source>
        <translation>sin pong en %1 s</translation>
    </message>
</context>
<context>
    <name>wb::Recording</name>
    <message>
        <source>not a Wirebench recording (expected the header %1)</source>
        <translation>no es una grabación de Wirebench (se esperaba la cabecera %1)</translation>
    </message>
    <message>
        <source>the column %1 is missing</source>
        <translation>falta la columna %1</translation>
    </message>
    <message>
        <source>line %1: %2 fields, expected %3</source>
        <translation>línea %1: %2 campos, se esperaban %3</translation>
    </message>
    <message>
        <source>line %1: unreadable time %2</source>
        <translation>línea %1: tiempo ilegible %2</translation>
    </message>
    <message>
        <source>line %1: a fill is a whole number of its capacity, not %2 of %3</source>
        <translation>línea %1: un nivel de llenado es un número entero de su capacidad, no %2 de %3</translation>
    </message>
    <message>
        <source>line %1: unknown event %2</source>
        <translation>línea %1: evento desconocido %2</translation>
    </message>
    <message>
        <source>%1: a recording is saved as .vcd or .csv</source>
        <translation>%1: una grabación se guarda como .vcd o .csv</translation>
    </message>
    <message>
        <source>%1: a recording is a .vcd or .csv file</source>
        <translation>%1: una grabación es un archivo .vcd o .csv</translation>
    </message>
    <message>
        <source>a VCD timescale is 1, 10 or 100 of s, ms, us or ns</source>
        <translation>una escala de tiempo VCD es 1, 10 o 100 de s, ms, us o ns</translation>
    </message>
    <message>
        <source>unreadable time %1</source>
        <translation>tiempo ilegible %1</translation>
    </message>
    <message>
        <source>a value without its variable at the end</source>
        <translation>un valor sin su variable al final</translation>
    </message>
    <message>
        <source>unexpected %1</source>
        <translation>inesperado: %1</translation>
    </message>
</context>
<context>
    <name>wb::RegistryClient</name>
    <message>
        <source>registry %1: not an etcd answer (%2)</source>
        <translation>registro %1: no es una respuesta de etcd (%2)</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>sin respuesta en %1 s</translation>
    </message>
    <message>
        <source>registry %1: %2</source>
        <translation>registro %1: %2</translation>
    </message>
</context>
<context>
    <name>wb::RegistryWatch</name>
    <message>
        <source>registry %1: the watch ended</source>
        <translation>registro %1: la vigilancia terminó</translation>
    </message>
</context>
<context>
    <name>wb::ReplayBar</name>
    <message>
        <source>Replay</source>
        <translation>Reproducción</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>Play the recording at the chosen speed</source>
        <translation>Reproducir la grabación a la velocidad elegida</translation>
    </message>
    <message>
        <source>The moment of the recording shown (Left, Right, Page Up, Page Down, Home, End)</source>
        <translation>El momento de la grabación que se muestra (Izquierda, Derecha, RePág, AvPág, Inicio, Fin)</translation>
    </message>
    <message>
        <source>Real time</source>
        <translation>Tiempo real</translation>
    </message>
    <message>
        <source>How fast Play moves through the recording</source>
        <translation>Con qué rapidez avanza Reproducir por la grabación</translation>
    </message>
    <message>
        <source>Back to Live</source>
        <translation>Volver al directo</translation>
    </message>
    <message>
        <source>End the replay: the canvas, the chart and the analyzer show the circuit&apos;s own run again</source>
        <translation>Terminar la reproducción: el lienzo, el diagrama y el analizador vuelven a mostrar la ejecución propia del circuito</translation>
    </message>
    <message>
        <source>Replaying &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Reproduciendo &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
</context>
<context>
    <name>wb::ReplayController</name>
    <message>
        <source>Replaying %1: the open circuit does not match the recording (it has none of its nodes): open the circuit it was recorded from to see it on the canvas</source>
        <translation>Reproduciendo %1: el circuito abierto no coincide con la grabación (no tiene ninguno de sus nodos): abra el circuito del que se grabó para verla en el lienzo</translation>
    </message>
    <message>
        <source>Replaying %1: the open circuit does not match the recording: it has no node named %2</source>
        <translation>Reproduciendo %1: el circuito abierto no coincide con la grabación: no tiene ningún nodo llamado %2</translation>
    </message>
    <message>
        <source>Replaying %1: move the slider or press Play</source>
        <translation>Reproduciendo %1: mueva el control deslizante o pulse Reproducir</translation>
    </message>
    <message>
        <source>Back to live: the canvas shows the circuit&apos;s own run</source>
        <translation>De vuelta al directo: el lienzo muestra la ejecución propia del circuito</translation>
    </message>
    <message>
        <source>⚠ Not in the open circuit: %1</source>
        <translation>⚠ No está en el circuito abierto: %1</translation>
    </message>
</context>
<context>
    <name>wb::ReportDialog</name>
    <message>
        <source>The whole run</source>
        <translation>Toda la ejecución</translation>
    </message>
    <message>
        <source>Export Lab Report</source>
        <translation>Exportar informe de laboratorio</translation>
    </message>
    <message>
        <source>What you saw, what you measured, your answers…</source>
        <translation>Lo que vio, lo que midió, sus respuestas…</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>or from</source>
        <translation>o desde</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>&amp;Student:</source>
        <translation>&amp;Estudiante:</translation>
    </message>
    <message>
        <source>Sequence chart:</source>
        <translation>Diagrama de secuencia:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>E&amp;xportar PDF…</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>superada</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>no superada</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>Wrote the lab report to %1</source>
        <translation>Informe de laboratorio escrito en %1</translation>
    </message>
    <message>
        <source>The lab report was not written: %1</source>
        <translation>No se escribió el informe de laboratorio: %1</translation>
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
        <translation>Solo este miembro</translation>
    </message>
    <message>
        <source>Say</source>
        <translation>Decir</translation>
    </message>
    <message>
        <source>The member that says your line; selecting a ring node on the canvas picks it too</source>
        <translation>El miembro que dice su línea; al seleccionar un nodo de anillo en el lienzo también se elige aquí</translation>
    </message>
    <message>
        <source>Show what the picked member sees, not every member&apos;s events</source>
        <translation>Mostrar lo que ve el miembro elegido, no los eventos de todos los miembros</translation>
    </message>
    <message>
        <source>Clear the chat</source>
        <translation>Vaciar el chat</translation>
    </message>
    <message>
        <source>Say something round the ring, then Enter</source>
        <translation>Diga algo alrededor del anillo y pulse Intro</translation>
    </message>
    <message>
        <source>Send the line round the ring from the picked member (Enter)</source>
        <translation>Enviar la línea alrededor del anillo desde el miembro elegido (Intro)</translation>
    </message>
    <message>
        <source>There is no ring node to say it: Insert ▸ Ring of N… places a ring.</source>
        <translation>No hay ningún nodo de anillo que lo diga: Insertar ▸ Anillo de N… coloca un anillo.</translation>
    </message>
    <message>
        <source>%1 has crashed: restart it (its menu on the canvas) to say anything there.</source>
        <translation>%1 ha fallado: reinícielo (con su menú en el lienzo) para decir algo en él.</translation>
    </message>
    <message>
        <source>%1 hangs: wake it up (its menu on the canvas) to say anything there.</source>
        <translation>%1 está colgado: despiértelo (con su menú en el lienzo) para decir algo en él.</translation>
    </message>
    <message>
        <source>%1 is leaving the ring: it stops.</source>
        <translation>%1 sale del anillo: se detiene.</translation>
    </message>
    <message>
        <source>%1 does not run: Run (F5) starts the circuit, or Start in its inspector.</source>
        <translation>%1 no se está ejecutando: Ejecutar (F5) inicia el circuito, o Iniciar en su inspector.</translation>
    </message>
    <message>
        <source>%1 could not start: %2</source>
        <translation>%1 no se pudo iniciar: %2</translation>
    </message>
    <message>
        <source>A chat line has at most %L1 characters; this one has %L2.</source>
        <translation>Una línea de chat tiene como máximo %L1 caracteres; esta tiene %L2.</translation>
    </message>
    <message>
        <source>%1 did not take the line (is it a ring member that runs?).</source>
        <translation>%1 no aceptó la línea (¿es un miembro del anillo en ejecución?).</translation>
    </message>
    <message>
        <source>no ring node</source>
        <translation>ningún nodo de anillo</translation>
    </message>
    <message>
        <source>Insert ▸ Ring of N… places a ring to chat on</source>
        <translation>Insertar ▸ Anillo de N… coloca un anillo en el que chatear</translation>
    </message>
</context>
<context>
    <name>wb::RingInsertion</name>
    <message>
        <source>Insert a Ring</source>
        <translation>Insertar un anillo</translation>
    </message>
    <message>
        <source>Ring members (each wired to the next; keys spread evenly):</source>
        <translation>Miembros del anillo (cada uno conectado al siguiente; claves repartidas por igual):</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Insertar</translation>
    </message>
    <message numerus="yes">
        <source>Inserted a ring of %n: Run (F5) starts it, the Ring Chat talks to it.</source>
        <translation>
            <numerusform>Insertado un anillo de %n: Ejecutar (F5) lo inicia, el Chat del anillo habla con él.</numerusform>
            <numerusform>Insertado un anillo de %n: Ejecutar (F5) lo inicia, el Chat del anillo habla con él.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wb::RunControl</name>
    <message>
        <source>Nothing is in flight to step</source>
        <translation>No hay nada en tránsito que avanzar</translation>
    </message>
</context>
<context>
    <name>wb::RunStatus</name>
    <message>
        <source>Run ▸ Pause (Space) holds every message where it is, Run ▸ Step (N) delivers one; teaching pace slows every hop down</source>
        <translation>Ejecutar ▸ Pausa (Espacio) retiene cada mensaje donde está, Ejecutar ▸ Paso (N) entrega uno; el ritmo didáctico ralentiza cada salto</translation>
    </message>
    <message>
        <source>Messages sent over all wires, acknowledged, and failed</source>
        <translation>Mensajes enviados por todos los cables, confirmados y fallidos</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Teaching pace %1</source>
        <translation>Ritmo didáctico %1</translation>
    </message>
    <message>
        <source>1 message in flight</source>
        <translation>1 mensaje en tránsito</translation>
    </message>
    <message>
        <source>%1 messages in flight</source>
        <translation>%1 mensajes en tránsito</translation>
    </message>
    <message>
        <source>nothing in flight</source>
        <translation>nada en tránsito</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <source>Running · 1 node</source>
        <translation>En ejecución · 1 nodo</translation>
    </message>
    <message>
        <source>Running · %1 nodes</source>
        <translation>En ejecución · %1 nodos</translation>
    </message>
    <message>
        <source> · 1 error</source>
        <translation> · 1 error</translation>
    </message>
    <message>
        <source> · %1 errors</source>
        <translation> · %1 errores</translation>
    </message>
    <message>
        <source>%1 sent · %2 acked</source>
        <translation>%1 enviados · %2 confirmados</translation>
    </message>
    <message>
        <source> · %1 failed</source>
        <translation> · %1 fallidos</translation>
    </message>
</context>
<context>
    <name>wb::ScriptControl</name>
    <message>
        <source>A script node whose sketch starts as the template “%1”</source>
        <translation>Un nodo de script cuyo sketch parte de la plantilla «%1»</translation>
    </message>
    <message>
        <source>Export as Python</source>
        <translation>Exportar como Python</translation>
    </message>
    <message>
        <source>Python sketch (*.py)</source>
        <translation>Sketch de Python (*.py)</translation>
    </message>
    <message>
        <source>Add %1 script</source>
        <translation>Añadir script %1</translation>
    </message>
    <message>
        <source>Placed a script node from the template “%1”: double-click it to edit the sketch</source>
        <translation>Se colocó un nodo de script a partir de la plantilla «%1»: haga doble clic en él para editar el sketch</translation>
    </message>
    <message>
        <source>Export %1 as &amp;Python…</source>
        <translation>Exportar %1 como &amp;Python…</translation>
    </message>
    <message>
        <source>Export as &amp;Python…</source>
        <translation>Exportar como &amp;Python…</translation>
    </message>
    <message>
        <source>Select one node to export it as Python</source>
        <translation>Seleccione un nodo para exportarlo como Python</translation>
    </message>
    <message>
        <source>%1 cannot be exported as Python.</source>
        <translation>%1 no se puede exportar como Python.</translation>
    </message>
    <message>
        <source>Exported %1 as Python to %2: run it with python3</source>
        <translation>%1 exportado como Python a %2: ejecútelo con python3</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>No se puede escribir %1</translation>
    </message>
</context>
<context>
    <name>wb::ScriptDock</name>
    <message>
        <source>Script</source>
        <translation>Script</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revertir</translation>
    </message>
    <message>
        <source>Drop the changes: the node&apos;s sketch as the document has it</source>
        <translation>Descartar los cambios: el sketch del nodo tal como lo tiene el documento</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Write the sketch to the node (Ctrl+S in the editor): a running node reloads it without stopping; Undo takes it back</source>
        <translation>Escribir el sketch en el nodo (Ctrl+S en el editor): un nodo en ejecución lo recarga sin detenerse; Deshacer lo revierte</translation>
    </message>
    <message>
        <source>Double-click a script node&apos;s card, or select one, to edit its sketch here.</source>
        <translation>Haga doble clic en la tarjeta de un nodo de script, o seleccione uno, para editar aquí su sketch.</translation>
    </message>
    <message>
        <source>Applied the sketch to %1: it reloads while running</source>
        <translation>Sketch aplicado a %1: se recarga en ejecución</translation>
    </message>
    <message>
        <source>Applied the sketch to %1</source>
        <translation>Sketch aplicado a %1</translation>
    </message>
    <message>
        <source>Script — %1 (modified)</source>
        <translation>Script — %1 (modificado)</translation>
    </message>
    <message>
        <source>Script — %1</source>
        <translation>Script — %1</translation>
    </message>
    <message>
        <source>No script node</source>
        <translation>Ningún nodo de script</translation>
    </message>
    <message>
        <source>Syntax error, %1</source>
        <translation>Error de sintaxis, %1</translation>
    </message>
    <message>
        <source>The running node: %1</source>
        <translation>El nodo en ejecución: %1</translation>
    </message>
    <message>
        <source>No syntax errors</source>
        <translation>Sin errores de sintaxis</translation>
    </message>
    <message>
        <source>No errors · running version %1</source>
        <translation>Sin errores · versión en ejecución %1</translation>
    </message>
    <message>
        <source>Unapplied sketch</source>
        <translation>Sketch sin aplicar</translation>
    </message>
    <message>
        <source>Apply the changes to the sketch of “%1”?</source>
        <translation>¿Aplicar los cambios al sketch de «%1»?</translation>
    </message>
    <message>
        <source>The edits in the Script dock are not in the node yet.</source>
        <translation>Los cambios del panel Script aún no están en el nodo.</translation>
    </message>
</context>
<context>
    <name>wb::SeedField</name>
    <message>
        <source>random each run</source>
        <translation>aleatoria en cada ejecución</translation>
    </message>
    <message>
        <source>The fault rules&apos; random choices follow from the seed: the same seed drops, copies and delays the same messages again</source>
        <translation>Las decisiones aleatorias de las reglas de fallos se derivan de la semilla: la misma semilla vuelve a descartar, copiar y retrasar los mismos mensajes</translation>
    </message>
    <message>
        <source>Run seed</source>
        <translation>Semilla de ejecución</translation>
    </message>
</context>
<context>
    <name>wb::SelectionEdits</name>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n node(s).</source>
        <translation>
            <numerusform>%n nodo copiado.</numerusform>
            <numerusform>%n nodos copiados.</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard holds no circuit to paste.</source>
        <translation>El portapapeles no contiene ningún circuito que pegar.</translation>
    </message>
</context>
<context>
    <name>wb::SequenceChart</name>
    <message>
        <source>Zoom In</source>
        <translation>Ampliar</translation>
    </message>
    <message>
        <source>Zoom in (+, or Ctrl+wheel)</source>
        <translation>Ampliar (+ o Ctrl+rueda)</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Reducir</translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation>Reducir (-)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Show the whole recording (F)</source>
        <translation>Mostrar toda la grabación (F)</translation>
    </message>
    <message>
        <source>Follow Live</source>
        <translation>Seguir en directo</translation>
    </message>
    <message>
        <source>Keep the newest message at the bottom while the circuit runs (End)</source>
        <translation>Mantener el mensaje más reciente abajo mientras se ejecuta el circuito (Fin)</translation>
    </message>
    <message>
        <source>Compress idle</source>
        <translation>Comprimir huecos</translation>
    </message>
    <message>
        <source>Draw a quiet time longer than the threshold as a short marked break</source>
        <translation>Dibujar un tiempo de calma más largo que el umbral como un corte breve marcado</translation>
    </message>
    <message>
        <source>Idle time longer than this becomes a break</source>
        <translation>La inactividad más larga que esto se convierte en un corte</translation>
    </message>
    <message>
        <source>Lifelines</source>
        <translation>Líneas de vida</translation>
    </message>
    <message>
        <source>Show, hide and order the lifelines (or right-click a lane&apos;s name)</source>
        <translation>Mostrar, ocultar y ordenar las líneas de vida (o clic derecho en el nombre de un carril)</translation>
    </message>
    <message>
        <source>Export Visible Range…</source>
        <translation>Exportar el rango visible…</translation>
    </message>
    <message>
        <source>Export Selected Message…</source>
        <translation>Exportar el mensaje seleccionado…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Export the chart as PNG, SVG, PlantUML or Mermaid</source>
        <translation>Exportar el diagrama como PNG, SVG, PlantUML o Mermaid</translation>
    </message>
    <message>
        <source>Export Visible Range</source>
        <translation>Exportar el rango visible</translation>
    </message>
    <message>
        <source>Export Message</source>
        <translation>Exportar mensaje</translation>
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
        <translation>Dibujo SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <source>%1: no message is selected (click an arrow)</source>
        <translation>%1: no hay ningún mensaje seleccionado (haga clic en una flecha)</translation>
    </message>
    <message>
        <source>%1: the chart is exported as .png, .svg, .puml (PlantUML) or .mmd (Mermaid)</source>
        <translation>%1: el diagrama se exporta como .png, .svg, .puml (PlantUML) o .mmd (Mermaid)</translation>
    </message>
    <message>
        <source>Saved the chart to %1</source>
        <translation>Diagrama guardado en %1</translation>
    </message>
    <message>
        <source>Wirebench message sequence chart</source>
        <translation>Diagrama de secuencia de mensajes de Wirebench</translation>
    </message>
</context>
<context>
    <name>wb::SpeedControl</name>
    <message>
        <source>Teaching pace</source>
        <translation>Ritmo didáctico</translation>
    </message>
    <message>
        <source>Teaching pace: every hop takes a while, at the slider&apos;s speed. Off: real time.</source>
        <translation>Ritmo didáctico: cada salto tarda un rato, a la velocidad del control deslizante. Desactivado: tiempo real.</translation>
    </message>
    <message>
        <source>Speed of the teaching pace, 0.05× to 4×</source>
        <translation>Velocidad del ritmo didáctico, de 0,05× a 4×</translation>
    </message>
</context>
<context>
    <name>wb::StartPage</name>
    <message>
        <source>Show this page when Wirebench starts</source>
        <translation>Mostrar esta página al iniciar Wirebench</translation>
    </message>
    <message>
        <source>Welcome to Wirebench</source>
        <translation>Bienvenido a Wirebench</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Wirebench&lt;/h2&gt;&lt;p&gt;Every component on the canvas is a real WebSocket node. Open a recent circuit, start from an example, or follow a lesson: each comes with a circuit, steps, questions and checks that judge your run.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Wirebench&lt;/h2&gt;&lt;p&gt;Cada componente del lienzo es un nodo WebSocket real. Abra un circuito reciente, empiece con un ejemplo o siga una lección: cada una incluye un circuito, pasos, preguntas y comprobaciones que evalúan su ejecución.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent files&lt;/b&gt;</source>
        <translation>&lt;b&gt;Archivos recientes&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Examples&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ejemplos&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lessons&lt;/b&gt;</source>
        <translation>&lt;b&gt;Lecciones&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Open Lesson Folder…</source>
        <translation>Abrir carpeta de lección…</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(todavía ninguno)</translation>
    </message>
</context>
<context>
    <name>wb::TeacherMode</name>
    <message>
        <source>teacher mode is on: the circuit is locked. Run, pause, step and inspect it; the teacher leaves teacher mode in View ▸ Teacher Mode.</source>
        <translation>el modo profesor está activado: el circuito está bloqueado. Puede ejecutarlo, pausarlo, avanzarlo paso a paso e inspeccionarlo; el profesor sale del modo profesor en Ver ▸ Modo profesor.</translation>
    </message>
    <message>
        <source>Teacher mode: editing is locked; run, pause, step and inspect stay.</source>
        <translation>Modo profesor: la edición está bloqueada; ejecutar, pausar, avanzar e inspeccionar siguen disponibles.</translation>
    </message>
    <message>
        <source>Wrong passphrase: teacher mode stays on.</source>
        <translation>Frase de contraseña incorrecta: el modo profesor sigue activado.</translation>
    </message>
    <message>
        <source>Teacher mode is off: the circuit can be edited.</source>
        <translation>El modo profesor está desactivado: el circuito se puede editar.</translation>
    </message>
    <message>
        <source>Locked: %1</source>
        <translation>Bloqueado: %1</translation>
    </message>
    <message>
        <source>Teacher Mode</source>
        <translation>Modo profesor</translation>
    </message>
    <message>
        <source>Teacher mode locks editing: students run, pause, step and inspect the circuit but cannot change it. A passphrase (optional) is asked for to leave it.</source>
        <translation>El modo profesor bloquea la edición: los estudiantes ejecutan, pausan, avanzan paso a paso e inspeccionan el circuito, pero no pueden cambiarlo. Para salir se pide una frase de contraseña (opcional).</translation>
    </message>
    <message>
        <source>none: leaving is one click</source>
        <translation>ninguna: salir es un clic</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <source>Leave Teacher Mode</source>
        <translation>Salir del modo profesor</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Frase de contraseña:</translation>
    </message>
</context>
<context>
    <name>wb::TonePlayer</name>
    <message>
        <source>no audio output device: the buzzer is silent</source>
        <translation>no hay ningún dispositivo de salida de audio: el zumbador está en silencio</translation>
    </message>
    <message>
        <source>the audio output failed (error %1): the buzzer is silent</source>
        <translation>falló la salida de audio (error %1): el zumbador está en silencio</translation>
    </message>
</context>
<context>
    <name>wb::TracePainter</name>
    <message>
        <source>capacity %L1</source>
        <translation>capacidad %L1</translation>
    </message>
    <message>
        <source>%L1 events here: zoom in to read them</source>
        <translation>%L1 eventos aquí: amplíe para leerlos</translation>
    </message>
    <message>
        <source>%L1 older events dropped (cap %L2)</source>
        <translation>%L1 eventos antiguos descartados (límite %L2)</translation>
    </message>
</context>
<context>
    <name>wb::TraceRowModel</name>
    <message>
        <source>high while a tick waits</source>
        <translation>alto mientras espera un tick</translation>
    </message>
    <message>
        <source>the bits it sends</source>
        <translation>los bits que envía</translation>
    </message>
    <message>
        <source>on</source>
        <translation>encendido</translation>
    </message>
    <message>
        <source>buzzing</source>
        <translation>zumbando</translation>
    </message>
    <message>
        <source>items waiting</source>
        <translation>elementos en espera</translation>
    </message>
    <message>
        <source>level</source>
        <translation>nivel</translation>
    </message>
</context>
<context>
    <name>wb::TraceView</name>
    <message>
        <source>Nothing recorded yet. Run the circuit: every clock tick, pin bit, LED and buzzer state, queue fill and every message appears here as it happens.</source>
        <translation>Aún no se ha grabado nada. Ejecute el circuito: cada tick de reloj, bit de pin, estado de LED y de zumbador, nivel de cola y cada mensaje aparecen aquí en cuanto ocurren.</translation>
    </message>
    <message>
        <source>This recording holds no signals.</source>
        <translation>Esta grabación no contiene señales.</translation>
    </message>
</context>
<context>
    <name>wb::UserGuide</name>
    <message>
        <source>Wirebench User Guide</source>
        <translation>Manual del usuario de Wirebench</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Adelante</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>Find in page (Ctrl+F)</source>
        <translation>Buscar en la página (Ctrl+F)</translation>
    </message>
    <message>
        <source>from the top</source>
        <translation>desde el principio</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>no encontrado</translation>
    </message>
</context>
<context>
    <name>wb::WavWriter</name>
    <message>
        <source>cannot complete the header: %1</source>
        <translation>no se puede completar la cabecera: %1</translation>
    </message>
</context>
<context>
    <name>wb::WindowActions</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>Start an empty circuit</source>
        <translation>Empezar un circuito vacío</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open a circuit file</source>
        <translation>Abrir un archivo de circuito</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save the circuit</source>
        <translation>Guardar el circuito</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>Save the circuit to a new file</source>
        <translation>Guardar el circuito en un archivo nuevo</translation>
    </message>
    <message>
        <source>&amp;Record Sound to WAV…</source>
        <translation>Grabar sonido en &amp;WAV…</translation>
    </message>
    <message>
        <source>Write what the buzzers play to a WAV file, until unchecked</source>
        <translation>Escribir lo que tocan los zumbadores en un archivo WAV, hasta desmarcarlo</translation>
    </message>
    <message>
        <source>Export as &amp;Python…</source>
        <translation>Exportar como &amp;Python…</translation>
    </message>
    <message>
        <source>Write the selected node as a Python sketch that runs against the workbench</source>
        <translation>Escribir el nodo seleccionado como un sketch de Python que se ejecuta contra el banco de trabajo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Quit Wirebench</source>
        <translation>Salir de Wirebench</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <source>Cut the selected nodes</source>
        <translation>Cortar los nodos seleccionados</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy the selected nodes</source>
        <translation>Copiar los nodos seleccionados</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>Paste nodes</source>
        <translation>Pegar nodos</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Delete the selected nodes</source>
        <translation>Eliminar los nodos seleccionados</translation>
    </message>
    <message>
        <source>Ring of &amp;N…</source>
        <translation>Anillo de &amp;N…</translation>
    </message>
    <message>
        <source>Ring nodes on a circle, each wired to the next (Ctrl+Shift+R)</source>
        <translation>Nodos de anillo en un círculo, cada uno conectado al siguiente (Ctrl+Mayús+R)</translation>
    </message>
    <message>
        <source>&amp;Default Sketch</source>
        <translation>Sketch &amp;predeterminado</translation>
    </message>
    <message>
        <source>&amp;Run All</source>
        <translation>&amp;Ejecutar todo</translation>
    </message>
    <message>
        <source>Start every local node&apos;s server and the clocks (F5)</source>
        <translation>Iniciar el servidor de cada nodo local y los relojes (F5)</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecutar</translation>
    </message>
    <message>
        <source>&amp;Stop All</source>
        <translation>&amp;Detener todo</translation>
    </message>
    <message>
        <source>Stop every node (Shift+F5)</source>
        <translation>Detener todos los nodos (Mayús+F5)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Start &amp;Selected Nodes</source>
        <translation>&amp;Iniciar nodos seleccionados</translation>
    </message>
    <message>
        <source>Start the selected nodes only</source>
        <translation>Iniciar solo los nodos seleccionados</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Stop S&amp;elected Nodes</source>
        <translation>Detener n&amp;odos seleccionados</translation>
    </message>
    <message>
        <source>Stop the selected nodes only</source>
        <translation>Detener solo los nodos seleccionados</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausa</translation>
    </message>
    <message>
        <source>Hold every message where it is; again to go on (Space)</source>
        <translation>Retener cada mensaje donde está; otra vez para continuar (Espacio)</translation>
    </message>
    <message>
        <source>S&amp;tep</source>
        <translation>Pa&amp;so</translation>
    </message>
    <message>
        <source>Deliver the message that waits longest, one hop (N or Right)</source>
        <translation>Entregar el mensaje que más tiempo lleva esperando, un salto (N o Derecha)</translation>
    </message>
    <message>
        <source>&amp;Real Time</source>
        <translation>&amp;Tiempo real</translation>
    </message>
    <message>
        <source>Messages travel as fast as the sockets carry them</source>
        <translation>Los mensajes viajan tan rápido como los transportan los sockets</translation>
    </message>
    <message>
        <source>&amp;Teaching Pace</source>
        <translation>&amp;Ritmo didáctico</translation>
    </message>
    <message>
        <source>Every hop takes a while, at the speed of the slider</source>
        <translation>Cada salto tarda un rato, a la velocidad del control deslizante</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <source>&amp;Mute</source>
        <translation>Silen&amp;ciar</translation>
    </message>
    <message>
        <source>Silence the buzzers&apos; sound (Ctrl+M)</source>
        <translation>Silenciar el sonido de los zumbadores (Ctrl+M)</translation>
    </message>
    <message>
        <source>&amp;Discover Nodes</source>
        <translation>Descubrir &amp;nodos</translation>
    </message>
    <message>
        <source>Show the nodes registered in the etcd registry and watch every external node&apos;s health</source>
        <translation>Mostrar los nodos inscritos en el registro etcd y vigilar la salud de cada nodo externo</translation>
    </message>
    <message>
        <source>Discover</source>
        <translation>Descubrir</translation>
    </message>
    <message>
        <source>Registry &amp;Address…</source>
        <translation>Dirección del re&amp;gistro…</translation>
    </message>
    <message>
        <source>The etcd registry that discovery reads (http://HOST:PORT)</source>
        <translation>El registro etcd que lee el descubrimiento (http://HOST:PUERTO)</translation>
    </message>
    <message>
        <source>Network &amp;Security…</source>
        <translation>Seg&amp;uridad de red…</translation>
    </message>
    <message>
        <source>The token LAN nodes require, and TLS (wss) with a pinned certificate</source>
        <translation>El token que exigen los nodos LAN, y TLS (wss) con un certificado fijado</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Ampliar</translation>
    </message>
    <message>
        <source>Zoom into the canvas</source>
        <translation>Ampliar el lienzo</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Reducir</translation>
    </message>
    <message>
        <source>Zoom out of the canvas</source>
        <translation>Reducir el lienzo</translation>
    </message>
    <message>
        <source>&amp;Fit Circuit</source>
        <translation>A&amp;justar el circuito</translation>
    </message>
    <message>
        <source>Show the whole circuit (Ctrl+0)</source>
        <translation>Mostrar todo el circuito (Ctrl+0)</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>&amp;Teacher Mode</source>
        <translation>Modo &amp;profesor</translation>
    </message>
    <message>
        <source>Lock editing for students (run, pause, step and inspect stay) and show the presentation layout</source>
        <translation>Bloquear la edición para los estudiantes (ejecutar, pausar, avanzar e inspeccionar siguen disponibles) y mostrar la disposición de presentación</translation>
    </message>
    <message>
        <source>Export &amp;Lab Report…</source>
        <translation>Exportar &amp;informe de laboratorio…</translation>
    </message>
    <message>
        <source>Write a PDF: the circuit, the checks, the sequence chart, the analyzer&apos;s plot, the message statistics and your notes</source>
        <translation>Escribir un PDF: el circuito, las comprobaciones, el diagrama de secuencia, el gráfico del analizador, las estadísticas de mensajes y sus notas</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Manual del usuario</translation>
    </message>
    <message>
        <source>The offline user guide (F1)</source>
        <translation>El manual del usuario sin conexión (F1)</translation>
    </message>
    <message>
        <source>&amp;About Wirebench</source>
        <translation>&amp;Acerca de Wirebench</translation>
    </message>
    <message>
        <source>Version and license</source>
        <translation>Versión y licencia</translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation>&amp;Alto contraste</translation>
    </message>
</context>
<context>
    <name>wb::WindowMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Examples</source>
        <translation>&amp;Ejemplos</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Insertar</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>E&amp;jecutar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>%1 no longer exists</source>
        <translation>%1 ya no existe</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Vaciar la lista</translation>
    </message>
</context>
<context>
    <name>wb::WireInspector</name>
    <message>
        <source>the sender&apos;s own</source>
        <translation>el propio del emisor</translation>
    </message>
    <message>
        <source>The path the sender uses on this wire (&quot;/iopin&quot;); empty: the sender&apos;s own choice</source>
        <translation>La ruta que usa el emisor en este cable (&quot;/iopin&quot;); vacío: la que elija el emisor</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Acks</source>
        <translation>Confirmaciones</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Emisor</translation>
    </message>
    <message>
        <source>Cut: nothing passes, no ack comes</source>
        <translation>Cortado: no pasa nada, no llega ninguna confirmación</translation>
    </message>
    <message>
        <source>A partition: the wire delivers nothing until the cut is undone</source>
        <translation>Una partición: el cable no entrega nada hasta que se deshaga el corte</translation>
    </message>
    <message>
        <source>Ack timeout</source>
        <translation>Espera de confirmación</translation>
    </message>
    <message>
        <source>How long the sender waits for an ack before it gives up or sends again</source>
        <translation>Cuánto espera el emisor una confirmación antes de rendirse o reenviar</translation>
    </message>
    <message>
        <source>default (%1 s)</source>
        <translation>predeterminado (%1 s)</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Reintentos</translation>
    </message>
    <message>
        <source>How often the sender sends again when no ack comes (0: at most once)</source>
        <translation>Cuántas veces reenvía el emisor cuando no llega ninguna confirmación (0: como máximo una vez)</translation>
    </message>
    <message>
        <source>none (at most once)</source>
        <translation>ninguno (como máximo una vez)</translation>
    </message>
    <message>
        <source>an ack</source>
        <translation>una confirmación</translation>
    </message>
    <message>
        <source>a message</source>
        <translation>un mensaje</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>The chance that %1 is lost on the way</source>
        <translation>La probabilidad de que %1 se pierda por el camino</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>The chance that %1 arrives twice</source>
        <translation>La probabilidad de que %1 llegue dos veces</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Retardo</translation>
    </message>
    <message>
        <source>Added transit time of %1</source>
        <translation>Tiempo de tránsito añadido a %1</translation>
    </message>
    <message>
        <source>Jitter ±</source>
        <translation>Jitter ±</translation>
    </message>
    <message>
        <source>Random spread of the transit: half-width (uniform) or standard deviation (normal)</source>
        <translation>Dispersión aleatoria del tránsito: semiancho (uniforme) o desviación típica (normal)</translation>
    </message>
    <message>
        <source>uniform</source>
        <translation>uniforme</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <source>How the jitter spreads the transit times</source>
        <translation>Cómo dispersa el jitter los tiempos de tránsito</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Distribución</translation>
    </message>
</context>
<context>
    <name>wb::labreport</name>
    <message>
        <source>Untitled circuit</source>
        <translation>Circuito sin título</translation>
    </message>
    <message>
        <source>Wirebench lab report</source>
        <translation>Informe de laboratorio de Wirebench</translation>
    </message>
    <message>
        <source>Student: %1</source>
        <translation>Estudiante: %1</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(no indicado)</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Fecha: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s), </source>
        <translation>
            <numerusform>%n nodo, </numerusform>
            <numerusform>%n nodos, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wire(s)</source>
        <translation>
            <numerusform>%n cable</numerusform>
            <numerusform>%n cables</numerusform>
        </translation>
    </message>
    <message>
        <source>The circuit is empty.</source>
        <translation>El circuito está vacío.</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nodo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>No lesson checks: this circuit was not opened as a lesson.</source>
        <translation>No hay comprobaciones de lección: este circuito no se abrió como lección.</translation>
    </message>
    <message>
        <source>✓ passed</source>
        <translation>✓ superada</translation>
    </message>
    <message>
        <source>✗ failed</source>
        <translation>✗ no superada</translation>
    </message>
    <message>
        <source>%1 of %2 checks passed.</source>
        <translation>%1 de %2 comprobaciones superadas.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Lab report: %1</source>
        <translation>Informe de laboratorio: %1</translation>
    </message>
    <message>
        <source>%1: the PDF could not be started</source>
        <translation>%1: no se pudo iniciar el PDF</translation>
    </message>
    <message>
        <source>(no notes)</source>
        <translation>(sin notas)</translation>
    </message>
    <message>
        <source>Circuit</source>
        <translation>Circuito</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Comprobaciones</translation>
    </message>
    <message>
        <source>Sequence chart</source>
        <translation>Diagrama de secuencia</translation>
    </message>
    <message>
        <source>Logic analyzer</source>
        <translation>Analizador lógico</translation>
    </message>
    <message>
        <source>Message statistics</source>
        <translation>Estadísticas de mensajes</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>wb::plotexport</name>
    <message>
        <source>%1: the plot is exported as .png or .svg</source>
        <translation>%1: el gráfico se exporta como .png o .svg</translation>
    </message>
    <message>
        <source>%1: the plot has no size</source>
        <translation>%1: el gráfico no tiene tamaño</translation>
    </message>
    <message>
        <source>%1: the image could not be written</source>
        <translation>%1: no se pudo escribir la imagen</translation>
    </message>
</context>
<context>
    <name>wb::reportsections</name>
    <message>
        <source>No messages were recorded: run the circuit before exporting.</source>
        <translation>No se grabó ningún mensaje: ejecute el circuito antes de exportar.</translation>
    </message>
    <message>
        <source>From %1 to %2 of the run.</source>
        <translation>De %1 a %2 de la ejecución.</translation>
    </message>
    <message>
        <source>(The chart continues beyond %1: choose a shorter range to see the rest.)</source>
        <translation>(El diagrama continúa después de %1: elija un rango más corto para ver el resto.)</translation>
    </message>
    <message>
        <source>The logic analyzer recorded nothing: run the circuit before exporting.</source>
        <translation>El analizador lógico no grabó nada: ejecute el circuito antes de exportar.</translation>
    </message>
    <message>
        <source>(Only the rows that fit on a page are shown.)</source>
        <translation>(Solo se muestran las filas que caben en una página.)</translation>
    </message>
    <message>
        <source>No statistics.</source>
        <translation>Sin estadísticas.</translation>
    </message>
    <message>
        <source>Per node, over the whole run:</source>
        <translation>Por nodo, durante toda la ejecución:</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nodo</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibidos</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviados</translation>
    </message>
    <message>
        <source>Acks</source>
        <translation>Confirmaciones</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Fallos</translation>
    </message>
    <message>
        <source>Last round trip</source>
        <translation>Última ida y vuelta</translation>
    </message>
    <message>
        <source>Per wire, over the whole run:</source>
        <translation>Por cable, durante toda la ejecución:</translation>
    </message>
    <message>
        <source>The circuit has no wires.</source>
        <translation>El circuito no tiene cables.</translation>
    </message>
    <message>
        <source>Wire</source>
        <translation>Cable</translation>
    </message>
    <message>
        <source>Acked</source>
        <translation>Confirmados</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallidos</translation>
    </message>
    <message>
        <source>In flight</source>
        <translation>En tránsito</translation>
    </message>
    <message>
        <source>Round trips (send to ack) of the messages sent in the chart&apos;s range:</source>
        <translation>Tiempos de ida y vuelta (del envío a la confirmación) de los mensajes enviados en el rango del diagrama:</translation>
    </message>
    <message>
        <source>From → to</source>
        <translation>De → a</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Longest</source>
        <translation>Máximo</translation>
    </message>
</context>
<context>
    <name>wb::ring::RingDetector</name>
    <message>
        <source>no pong within %1 s, directly or through others</source>
        <translation>sin pong en %1 s, ni directamente ni a través de otros</translation>
    </message>
    <message>
        <source>answered a ping with %1</source>
        <translation>respondió a un ping con %1</translation>
    </message>
    <message>
        <source>1 other member</source>
        <translation>otro miembro</translation>
    </message>
    <message>
        <source>%1 other members</source>
        <translation>otros %1 miembros</translation>
    </message>
    <message>
        <source>no pong within %1 s, nor through %2</source>
        <translation>sin pong en %1 s, ni a través de %2</translation>
    </message>
</context>
<context>
    <name>wb::statevisuals</name>
    <message>
        <source>stopped</source>
        <translation>detenido</translation>
    </message>
    <message>
        <source>listening</source>
        <translation>escuchando</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en marcha</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>crashed</source>
        <translation>caído</translation>
    </message>
    <message>
        <source>hung</source>
        <translation>colgado</translation>
    </message>
</context>
<context>
    <name>wb::tokenmenu</name>
    <message>
        <source>ack of message %1</source>
        <translation>confirmación del mensaje %1</translation>
    </message>
    <message>
        <source>message %1</source>
        <translation>mensaje %1</translation>
    </message>
    <message>
        <source>The %1 is no longer held: it went on already</source>
        <translation>Ya no se retiene %1: ya siguió su camino</translation>
    </message>
    <message>
        <source>Delivered the %1 now</source>
        <translation>Se entregó ahora: %1</translation>
    </message>
    <message>
        <source>Dropped the %1</source>
        <translation>Se descartó: %1</translation>
    </message>
    <message>
        <source>Delivered the %1 twice</source>
        <translation>Se entregó dos veces: %1</translation>
    </message>
    <message>
        <source>%1 (first of %2)</source>
        <translation>%1 (1 de %2)</translation>
    </message>
    <message>
        <source>Deliver now</source>
        <translation>Entregar ahora</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
</context>
<context>
    <name>wb::translation</name>
    <message>
        <source>%1 is not a language of Wirebench (%2)</source>
        <translation>%1 no es un idioma de Wirebench (%2)</translation>
    </message>
</context>
</TS>
