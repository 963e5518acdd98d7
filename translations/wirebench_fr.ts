<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>QObject</name>
    <message>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>en échec</translation>
    </message>
    <message>
        <source>Crash</source>
        <translation>Planter</translation>
    </message>
    <message>
        <source>Cut every connection without a goodbye and stop the component</source>
        <translation>Coupe toutes les connexions sans au revoir et arrête le composant</translation>
    </message>
    <message>
        <source>Wake Up</source>
        <translation>Réveiller</translation>
    </message>
    <message>
        <source>Answer again, overdue timers first</source>
        <translation>Répond de nouveau, minuteries en retard d&apos;abord</translation>
    </message>
    <message>
        <source>Hang</source>
        <translation>Bloquer</translation>
    </message>
    <message>
        <source>Keep every connection open but answer nothing, not even pings</source>
        <translation>Garde toutes les connexions ouvertes mais ne répond à rien, pas même aux pings</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Redémarrer</translation>
    </message>
    <message>
        <source>Crash, then start again</source>
        <translation>Plante, puis redémarre</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Type a Line</source>
        <translation>Taper une ligne</translation>
    </message>
    <message>
        <source>Type lines on the card for the keyboard to send</source>
        <translation>Tapez des lignes sur la carte pour que le clavier les envoie</translation>
    </message>
    <message>
        <source>Edit Script…</source>
        <translation>Modifier le script…</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Propriétés</translation>
    </message>
    <message>
        <source>Show in Plot</source>
        <translation>Afficher dans le graphique</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Faults</source>
        <translation>Pannes</translation>
    </message>
    <message>
        <source>No Faults</source>
        <translation>Aucune panne</translation>
    </message>
    <message>
        <source>Drop 30 %</source>
        <translation>Perdre 30&#xa0;%</translation>
    </message>
    <message>
        <source>Delay 200 ms</source>
        <translation>Retarder de 200 ms</translation>
    </message>
    <message>
        <source>Duplicate 20 %</source>
        <translation>Dupliquer 20&#xa0;%</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Couper</translation>
    </message>
    <message>
        <source>Edit Faults…</source>
        <translation>Modifier les pannes…</translation>
    </message>
    <message>
        <source>Delete Wire</source>
        <translation>Supprimer le fil</translation>
    </message>
    <message>
        <source>Add Node</source>
        <translation>Ajouter un nœud</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <source>Fit All</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <source>discovered</source>
        <translation>découvert</translation>
    </message>
    <message>
        <source>LAN</source>
        <translation>LAN</translation>
    </message>
    <message>
        <source>no server</source>
        <translation>pas de serveur</translation>
    </message>
    <message>
        <source>once at %1 s</source>
        <translation>une fois à %1 s</translation>
    </message>
    <message>
        <source>every %1 s from %2 s</source>
        <translation>toutes les %1 s à partir de %2 s</translation>
    </message>
    <message>
        <source>%1 × %2 s from %3 s</source>
        <translation>%1 × %2 s à partir de %3 s</translation>
    </message>
    <message>
        <source>every %1 s</source>
        <translation>toutes les %1 s</translation>
    </message>
    <message>
        <source>%1 × %2 s</source>
        <translation>%1 × %2 s</translation>
    </message>
    <message>
        <source>sending %1</source>
        <translation>envoie %1</translation>
    </message>
    <message>
        <source>p(0) %1</source>
        <translation>p(0) %1</translation>
    </message>
    <message>
        <source>silent</source>
        <translation>silencieux</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>relays both ways</source>
        <translation>relaie dans les deux sens</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>sketch, reloaded %n time(s)</source>
        <translation>
            <numerusform>croquis, rechargé %n fois</numerusform>
            <numerusform>croquis, rechargé %n fois</numerusform>
        </translation>
    </message>
    <message>
        <source>JavaScript sketch</source>
        <translation>croquis JavaScript</translation>
    </message>
    <message>
        <source>ring member</source>
        <translation>membre de l&apos;anneau</translation>
    </message>
    <message>
        <source>runs elsewhere</source>
        <translation>s&apos;exécute ailleurs</translation>
    </message>
    <message>
        <source> as %1</source>
        <translation> en tant que %1</translation>
    </message>
    <message>
        <source>Discovered in the registry%1: read-only, not saved in the file</source>
        <translation>Découvert dans le registre%1&#xa0;: lecture seule, non enregistré dans le fichier</translation>
    </message>
    <message>
        <source>Listens on %1: other machines can reach it without a token (Run ▸ Network Security…)</source>
        <translation>Écoute sur %1&#xa0;: d&apos;autres machines peuvent l&apos;atteindre sans jeton (Exécution ▸ Sécurité réseau…)</translation>
    </message>
    <message>
        <source>Listens on %1: other machines need the token</source>
        <translation>Écoute sur %1&#xa0;: les autres machines ont besoin du jeton</translation>
    </message>
    <message>
        <source>Click on the canvas to place a %1; Escape cancels.</source>
        <translation>Cliquez sur le canevas pour placer «&#xa0;%1&#xa0;»&#xa0;; Échap annule.</translation>
    </message>
    <message>
        <source>Placed %1.</source>
        <translation>Placé&#xa0;: %1.</translation>
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
        <translation>envoyé</translation>
    </message>
    <message>
        <source>types lines</source>
        <translation>tape des lignes</translation>
    </message>
    <message>
        <source>when it runs</source>
        <translation>quand il s&apos;exécute</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n en attente</numerusform>
            <numerusform>%n en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <translation>
            <numerusform>%n envoyé</numerusform>
            <numerusform>%n envoyés</numerusform>
        </translation>
    </message>
    <message>
        <source>double-click to type</source>
        <translation>double-cliquez pour taper</translation>
    </message>
    <message>
        <source>drops new</source>
        <translation>perd les nouveaux</translation>
    </message>
    <message>
        <source>drops old</source>
        <translation>perd les anciens</translation>
    </message>
    <message>
        <source>blocks</source>
        <translation>bloque</translation>
    </message>
    <message>
        <source>1 place</source>
        <translation>1 place</translation>
    </message>
    <message>
        <source>%L1 places</source>
        <translation>%L1 places</translation>
    </message>
    <message>
        <source>%1/%2 full</source>
        <translation>%1/%2 plein</translation>
    </message>
    <message numerus="yes">
        <source>%n blocked</source>
        <translation>
            <numerusform>%n bloqué</numerusform>
            <numerusform>%n bloqués</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dropped</source>
        <translation>
            <numerusform>%n perdu</numerusform>
            <numerusform>%n perdus</numerusform>
        </translation>
    </message>
    <message>
        <source>waits %1</source>
        <translation>attend %1</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>environ %1</translation>
    </message>
    <message>
        <source>%1 each</source>
        <translation>%1 chacun</translation>
    </message>
    <message>
        <source>random time</source>
        <translation>durée aléatoire</translation>
    </message>
    <message>
        <source>fixed time</source>
        <translation>durée fixe</translation>
    </message>
    <message>
        <source>working</source>
        <translation>occupé</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>inactif</translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n terminé</numerusform>
            <numerusform>%n terminés</numerusform>
        </translation>
    </message>
    <message>
        <source>prints what it gets</source>
        <translation>affiche ce qu&apos;il reçoit</translation>
    </message>
    <message>
        <source>Drop the wire on a node to connect it.</source>
        <translation>Déposez le fil sur un nœud pour le connecter.</translation>
    </message>
    <message>
        <source>Wired %1 to %2.</source>
        <translation>%1 relié à %2.</translation>
    </message>
    <message>
        <source>%1 idle</source>
        <translation>%1 inactif</translation>
    </message>
    <message>
        <source> (copy)</source>
        <translation> (copie)</translation>
    </message>
    <message>
        <source> (retry %1)</source>
        <translation> (nouvel essai %1)</translation>
    </message>
    <message>
        <source> · held</source>
        <translation> · retenu</translation>
    </message>
    <message>
        <source>cannot make %1</source>
        <translation>impossible de créer %1</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>impossible d&apos;écrire %1</translation>
    </message>
    <message>
        <source>wss, TLS</source>
        <translation>wss, TLS</translation>
    </message>
    <message>
        <source>plain ws://</source>
        <translation>ws:// simple</translation>
    </message>
    <message>
        <source>Open: any machine on the network may send it messages (%1, no token). Set a token in Run ▸ Network Security…</source>
        <translation>Ouvert&#xa0;: toute machine du réseau peut lui envoyer des messages (%1, sans jeton). Définissez un jeton dans Exécution ▸ Sécurité réseau…</translation>
    </message>
    <message>
        <source>Other machines can reach this node (%1); it refuses clients without the token.</source>
        <translation>D&apos;autres machines peuvent atteindre ce nœud (%1)&#xa0;; il refuse les clients sans le jeton.</translation>
    </message>
    <message>
        <source>%1 (docs/security.md)</source>
        <translation>%1 (docs/security.md)</translation>
    </message>
    <message>
        <source>There is no keyboard to type at: place one from the Components.</source>
        <translation>Il n&apos;y a pas de clavier où taper&#xa0;: placez-en un depuis les Composants.</translation>
    </message>
    <message>
        <source>%1 has crashed: restart it (its menu on the canvas) to type there.</source>
        <translation>%1 a planté&#xa0;: redémarrez-le (son menu sur le canevas) pour y taper.</translation>
    </message>
    <message>
        <source>%1 hangs: wake it up (its menu on the canvas) to type there.</source>
        <translation>%1 est bloqué&#xa0;: réveillez-le (son menu sur le canevas) pour y taper.</translation>
    </message>
    <message>
        <source>%1 does not run: Run (F5) starts the circuit, or Start in its inspector.</source>
        <translation>%1 ne s&apos;exécute pas&#xa0;: Lancer (F5) démarre le circuit, ou Démarrer dans son inspecteur.</translation>
    </message>
    <message>
        <source>%1 could not start: %2</source>
        <translation>%1 n&apos;a pas pu démarrer&#xa0;: %2</translation>
    </message>
    <message>
        <source>At most %L1 characters at once; this text has %L2.</source>
        <translation>Au plus %L1 caractères à la fois&#xa0;; ce texte en a %L2.</translation>
    </message>
    <message>
        <source>%1 did not take the line: 100,000 lines wait there already.</source>
        <translation>%1 n&apos;a pas pris la ligne&#xa0;: 100 000 lignes y attendent déjà.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>bypass</source>
        <translation>contournement</translation>
    </message>
    <message>
        <source>✕ dead to %1</source>
        <translation>✕ mort pour %1</translation>
    </message>
    <message>
        <source>? suspected by %1</source>
        <translation>? suspecté par %1</translation>
    </message>
    <message>
        <source>%1 +%2</source>
        <translation>%1 +%2</translation>
    </message>
    <message numerus="yes">
        <source>%1 believes %2 dead</source>
        <translation>
            <numerusform>%1 croit %2 mort</numerusform>
            <numerusform>%1 croit %2 mort</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 suspects %2: no pong in time, asking other members to probe it</source>
        <translation>
            <numerusform>%1 suspecte %2&#xa0;: pas de pong à temps, demande aux autres membres de le sonder</numerusform>
            <numerusform>%1 suspecte %2&#xa0;: pas de pong à temps, demande aux autres membres de le sonder</numerusform>
        </translation>
    </message>
    <message>
        <source>%1&apos;s successor is %2, not %3 (where its wire goes): the ring closes round it. It goes when the ring is whole again.</source>
        <translation>Le successeur de %1 est %2, pas %3 (où va son fil)&#xa0;: l&apos;anneau se referme en le contournant. Cela disparaît quand l&apos;anneau est de nouveau complet.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Échec de l&apos;enregistrement automatique&#xa0;: %1</translation>
    </message>
    <message>
        <source>Recovered the unsaved changes to %1</source>
        <translation>Modifications non enregistrées de %1 récupérées</translation>
    </message>
    <message>
        <source>Wire cancelled.</source>
        <translation>Liaison annulée.</translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation>%1 (%2), %3</translation>
    </message>
    <message>
        <source>Wire from %1 to %2</source>
        <translation>Fil de %1 à %2</translation>
    </message>
    <message>
        <source>%1, faults: %2</source>
        <translation>%1, pannes : %2</translation>
    </message>
    <message>
        <source>Circuit canvas</source>
        <translation>Canevas du circuit</translation>
    </message>
    <message>
        <source>Circuit canvas: %1</source>
        <translation>Canevas du circuit : %1</translation>
    </message>
    <message>
        <source>No component can take a wire from %1.</source>
        <translation>Aucun composant ne peut recevoir de fil depuis %1.</translation>
    </message>
    <message>
        <source>Wire from %1 to %2: arrow keys or Tab choose another target, Enter connects, Escape cancels.</source>
        <translation>Fil de %1 à %2 : les flèches ou Tab choisissent une autre cible, Entrée relie, Échap annule.</translation>
    </message>
</context>
<context>
    <name>healthvisuals</name>
    <message>
        <source>health unknown: not watched (nothing runs), or the first attempt is under way</source>
        <translation>santé inconnue&#xa0;: non surveillé (rien ne s&apos;exécute), ou la première tentative est en cours</translation>
    </message>
    <message>
        <source>health: %1</source>
        <translation>santé&#xa0;: %1</translation>
    </message>
    <message>
        <source>last ping round trip: %1</source>
        <translation>dernier aller-retour de ping&#xa0;: %1</translation>
    </message>
    <message>
        <source>next attempt in %L1 s</source>
        <translation>prochaine tentative dans %L1 s</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>alive</source>
        <translation>vivant</translation>
    </message>
    <message>
        <source>suspect</source>
        <translation>suspect</translation>
    </message>
    <message>
        <source>dead</source>
        <translation>mort</translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation>reconnexion</translation>
    </message>
</context>
<context>
    <name>wb</name>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>Autre…</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Show all rows</source>
        <translation>Afficher toutes les lignes</translation>
    </message>
    <message>
        <source>%1 edges within this pixel: zoom in to see them</source>
        <translation>%1 fronts dans ce pixel&#xa0;: zoomez pour les voir</translation>
    </message>
    <message>
        <source>no level known yet</source>
        <translation>aucun niveau connu pour l&apos;instant</translation>
    </message>
    <message>
        <source>high</source>
        <translation>haut</translation>
    </message>
    <message>
        <source>low</source>
        <translation>bas</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>de %1 à %2</translation>
    </message>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <source>%1 changes within this pixel, between %2 and %3: zoom in to see them</source>
        <translation>%1 changements dans ce pixel, entre %2 et %3&#xa0;: zoomez pour les voir</translation>
    </message>
    <message>
        <source>%1 of %2 from %3 to %4</source>
        <translation>%1 sur %2 de %3 à %4</translation>
    </message>
    <message>
        <source>full: what comes now waits or is dropped</source>
        <translation>plein&#xa0;: ce qui arrive maintenant attend ou est perdu</translation>
    </message>
    <message>
        <source>the ack of message #%1</source>
        <translation>l&apos;acquittement du message #%1</translation>
    </message>
    <message>
        <source>message #%1</source>
        <translation>message #%1</translation>
    </message>
    <message>
        <source>%1 held at %2 (%3)</source>
        <translation>%1 retenu à %2 (%3)</translation>
    </message>
    <message>
        <source>%1 went on at %2 (%3)</source>
        <translation>%1 reparti à %2 (%3)</translation>
    </message>
    <message>
        <source>%1 delayed by %2 at %3 (%4)</source>
        <translation>%1 retardé de %2 à %3 (%4)</translation>
    </message>
    <message>
        <source>%1 dropped at %2 (%3)</source>
        <translation>%1 perdu à %2 (%3)</translation>
    </message>
    <message>
        <source>%1 duplicated at %2 (%3)</source>
        <translation>%1 dupliqué à %2 (%3)</translation>
    </message>
    <message>
        <source>message #%1 sent again at %2 (attempt %3)</source>
        <translation>message #%1 renvoyé à %2 (tentative %3)</translation>
    </message>
    <message>
        <source>message %1 received again at %2 (a copy seen before)</source>
        <translation>message %1 reçu de nouveau à %2 (une copie déjà vue)</translation>
    </message>
    <message>
        <source>an extra ack %1 of message #%2 at %3 (expected)</source>
        <translation>un acquittement supplémentaire %1 du message #%2 à %3 (attendu)</translation>
    </message>
    <message>
        <source>not sent, failed at %1: %2</source>
        <translation>non envoyé, échec à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>message %1 (#%2) sent at %3</source>
        <translation>message %1 (#%2) envoyé à %3</translation>
    </message>
    <message>
        <source>message %1 received at %2</source>
        <translation>message %1 reçu à %2</translation>
    </message>
    <message>
        <source>waiting for its answer</source>
        <translation>en attente de sa réponse</translation>
    </message>
    <message>
        <source>failed at %1: %2</source>
        <translation>échec à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>ack %1 at %2</source>
        <translation>acquittement %1 à %2</translation>
    </message>
    <message>
        <source>answered %1 at %2</source>
        <translation>a répondu %1 à %2</translation>
    </message>
    <message>
        <source>round trip %1</source>
        <translation>aller-retour %1</translation>
    </message>
    <message>
        <source>answered after %1</source>
        <translation>a répondu après %1</translation>
    </message>
    <message>
        <source>Click: select the node. Drag: move the row. Right-click: hide, colour.</source>
        <translation>Clic&#xa0;: sélectionner le nœud. Glisser&#xa0;: déplacer la ligne. Clic droit&#xa0;: masquer, couleur.</translation>
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
        <translation>identifiant de message %1 · tentative %2</translation>
    </message>
    <message>
        <source>sent at %1</source>
        <translation>envoyé à %1</translation>
    </message>
    <message>
        <source>received at %1 · latency %2</source>
        <translation>reçu à %1 · latence %2</translation>
    </message>
    <message>
        <source>dropped by the gate at %1</source>
        <translation>perdu par la porte à %1</translation>
    </message>
    <message>
        <source>failed at %1</source>
        <translation>échec à %1</translation>
    </message>
    <message>
        <source>held at the gate, waiting</source>
        <translation>retenu à la porte, en attente</translation>
    </message>
    <message>
        <source>in flight</source>
        <translation>en transit</translation>
    </message>
    <message>
        <source>a second delivery (the gate duplicated it)</source>
        <translation>une seconde livraison (la porte l&apos;a dupliqué)</translation>
    </message>
    <message>
        <source>the receiver is not recorded: its times are estimated</source>
        <translation>le destinataire n&apos;est pas enregistré&#xa0;: ses temps sont estimés</translation>
    </message>
    <message>
        <source>ack “%1”</source>
        <translation>acquittement «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source> · round trip %1</source>
        <translation> · aller-retour %1</translation>
    </message>
    <message>
        <source> · dropped</source>
        <translation> · perdu</translation>
    </message>
    <message>
        <source> · held</source>
        <translation> · retenu</translation>
    </message>
    <message>
        <source>Move left</source>
        <translation>Déplacer à gauche</translation>
    </message>
    <message>
        <source>Move right</source>
        <translation>Déplacer à droite</translation>
    </message>
    <message>
        <source>Lifelines</source>
        <translation>Lignes de vie</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <source>Canvas order (left to right)</source>
        <translation>Ordre du canevas (de gauche à droite)</translation>
    </message>
</context>
<context>
    <name>wb::Accessibility</name>
    <message>
        <source>Circuit canvas</source>
        <translation>Canevas du circuit</translation>
    </message>
    <message>
        <source>Tab and Shift+Tab move through the components, then the wires. Arrow keys move the selection (Shift: further). W starts a wire from the selected component: arrow keys or Tab choose its target, Enter connects, Escape cancels. The Menu key or Shift+F10 opens the selection&apos;s menu. F2 renames, Delete removes.</source>
        <translation>Tab et Maj+Tab parcourent les composants, puis les fils. Les flèches déplacent la sélection (Maj : plus loin). W commence un fil depuis le composant sélectionné : les flèches ou Tab choisissent sa cible, Entrée relie, Échap annule. La touche Menu ou Maj+F10 ouvre le menu de la sélection. F2 renomme, Suppr supprime.</translation>
    </message>
    <message>
        <source>Logic analyzer plot</source>
        <translation>Tracé de l&apos;analyseur logique</translation>
    </message>
    <message>
        <source>Left and Right pan, plus and minus zoom, Home goes to the start, End follows live, PageUp and PageDown scroll the rows. C shows the cursors, A or B picks one, Ctrl+Left and Ctrl+Right move it.</source>
        <translation>Gauche et Droite font défiler, plus et moins zooment, Début va au commencement, Fin suit en direct, Page préc. et Page suiv. font défiler les lignes. C affiche les curseurs, A ou B en choisit un, Ctrl+Gauche et Ctrl+Droite le déplacent.</translation>
    </message>
    <message>
        <source>Sequence chart</source>
        <translation>Diagramme de séquence</translation>
    </message>
    <message>
        <source>Left and Right select the previous or next message, Enter shows it on the canvas and in the analyzer, plus and minus zoom, Up, Down, PageUp and PageDown scroll, Home goes to the start, End follows live.</source>
        <translation>Gauche et Droite choisissent le message précédent ou suivant, Entrée le montre sur le canevas et dans l&apos;analyseur, plus et moins zooment, Haut, Bas, Page préc. et Page suiv. font défiler, Début va au commencement, Fin suit en direct.</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Composants</translation>
    </message>
    <message>
        <source>Enter places the selected component on the canvas, at a free spot in view, and moves the focus to it.</source>
        <translation>Entrée place le composant sélectionné sur le canevas, à un endroit libre et visible, et lui donne le focus.</translation>
    </message>
    <message>
        <source>Vertical scroll bar</source>
        <translation>Barre de défilement verticale</translation>
    </message>
    <message>
        <source>Horizontal scroll bar</source>
        <translation>Barre de défilement horizontale</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Close panel</source>
        <translation>Fermer le panneau</translation>
    </message>
    <message>
        <source>Detach panel</source>
        <translation>Détacher le panneau</translation>
    </message>
    <message>
        <source>More tools</source>
        <translation>Plus d&apos;outils</translation>
    </message>
    <message>
        <source>More menus</source>
        <translation>Plus de menus</translation>
    </message>
</context>
<context>
    <name>wb::AddressLinks</name>
    <message>
        <source>%1 is not ws://HOST:PORT</source>
        <translation>%1 n&apos;est pas de la forme ws://HÔTE:PORT</translation>
    </message>
</context>
<context>
    <name>wb::Admission</name>
    <message>
        <source>port %1 on %2 is already in use</source>
        <translation>le port %1 sur %2 est déjà utilisé</translation>
    </message>
    <message>
        <source>cannot listen on %1:%2: %3</source>
        <translation>impossible d&apos;écouter sur %1:%2&#xa0;: %3</translation>
    </message>
    <message>
        <source>cannot accept a connection: %1</source>
        <translation>impossible d&apos;accepter une connexion&#xa0;: %1</translation>
    </message>
    <message>
        <source>dropped at the connection cap</source>
        <translation>rejetée à la limite de connexions</translation>
    </message>
    <message>
        <source>dropped: %1 handshakes under way</source>
        <translation>rejetée&#xa0;: %1 négociations en cours</translation>
    </message>
    <message>
        <source>turned away: %1 handshakes under way, each with a request still to read</source>
        <translation>refusée&#xa0;: %1 négociations en cours, chacune avec une requête encore à lire</translation>
    </message>
    <message>
        <source>%1 connections, this node&apos;s cap: not accepting until one ends</source>
        <translation>%1 connexions, la limite de ce nœud&#xa0;: aucune nouvelle n&apos;est acceptée avant qu&apos;une se termine</translation>
    </message>
    <message>
        <source>%1 connections in this process, its cap: not accepting until one ends</source>
        <translation>%1 connexions dans ce processus, sa limite&#xa0;: aucune nouvelle n&apos;est acceptée avant qu&apos;une se termine</translation>
    </message>
    <message>
        <source>, this was the oldest idle handshake</source>
        <translation>, c&apos;était la plus ancienne négociation inactive</translation>
    </message>
    <message>
        <source>handshake refused (HTTP %1): %2</source>
        <translation>négociation refusée (HTTP %1)&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>wb::Autosave</name>
    <message>
        <source>%1: recovery: missing</source>
        <translation>%1&#xa0;: récupération&#xa0;: manquante</translation>
    </message>
    <message>
        <source>%1: cannot create the recovery folder</source>
        <translation>%1&#xa0;: impossible de créer le dossier de récupération</translation>
    </message>
    <message>
        <source>%1: cannot lock</source>
        <translation>%1&#xa0;: impossible de verrouiller</translation>
    </message>
</context>
<context>
    <name>wb::ChartView</name>
    <message>
        <source>No messages yet. Run the circuit: every message appears here as an arrow from its sender to its receiver, time flowing downwards.</source>
        <translation>Aucun message pour l&apos;instant. Lancez le circuit&#xa0;: chaque message apparaît ici sous la forme d&apos;une flèche allant de son expéditeur à son destinataire, le temps s&apos;écoulant vers le bas.</translation>
    </message>
    <message>
        <source>Every lifeline is hidden. Right-click to show them again.</source>
        <translation>Toutes les lignes de vie sont masquées. Clic droit pour les afficher de nouveau.</translation>
    </message>
</context>
<context>
    <name>wb::ChatModel</name>
    <message>
        <source>said</source>
        <translation>a dit</translation>
    </message>
    <message>
        <source>passed on</source>
        <translation>a transmis</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>doublon</translation>
    </message>
    <message>
        <source>came back</source>
        <translation>est revenu</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>perdu</translation>
    </message>
    <message>
        <source>1 hop</source>
        <translation>1 saut</translation>
    </message>
    <message>
        <source>%1 hops</source>
        <translation>%1 sauts</translation>
    </message>
    <message>
        <source>%1 came back after %2 in %L3 ms: %4</source>
        <translation>%1 est revenu après %2 en %L3 ms&#xa0;: %4</translation>
    </message>
    <message>
        <source>%1 %2, hop %3: %4</source>
        <translation>%1 %2, saut %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>%1 at %2
message %3 from %4, hop %5%6
%7</source>
        <translation>%1 à %2
message %3 de %4, saut %5%6
%7</translation>
    </message>
    <message>
        <source>, %L1 ms round the ring</source>
        <translation>, %L1 ms pour faire le tour de l&apos;anneau</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
</context>
<context>
    <name>wb::Circuit</name>
    <message>
        <source>That wire has no node at one of its ends.</source>
        <translation>Ce fil n&apos;a pas de nœud à l&apos;une de ses extrémités.</translation>
    </message>
    <message>
        <source>A node cannot be wired to itself.</source>
        <translation>Un nœud ne peut pas être relié à lui-même.</translation>
    </message>
    <message>
        <source>%1 has no output: only a clock, an iopin, a proxy or a ring node sends messages.</source>
        <translation>%1 n&apos;a pas de sortie&#xa0;: seuls une horloge, un iopin, un proxy ou un nœud d&apos;anneau envoient des messages.</translation>
    </message>
    <message>
        <source>A clock has no input: it only sends ticks.</source>
        <translation>Une horloge n&apos;a pas d&apos;entrée&#xa0;: elle envoie seulement des tics.</translation>
    </message>
    <message>
        <source>%1 is already wired to %2.</source>
        <translation>%1 est déjà relié à %2.</translation>
    </message>
    <message>
        <source>A name is 1 to 64 letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;.</source>
        <translation>Un nom compte de 1 à 64 lettres, chiffres, «&#xa0;_&#xa0;», «&#xa0;.&#xa0;» ou «&#xa0;-&#xa0;».</translation>
    </message>
    <message>
        <source>The name %1 is taken.</source>
        <translation>Le nom %1 est déjà pris.</translation>
    </message>
</context>
<context>
    <name>wb::CircuitEditor</name>
    <message>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
    <message numerus="yes">
        <source>Add %n nodes</source>
        <translation>
            <numerusform>Ajouter %n nœud</numerusform>
            <numerusform>Ajouter %n nœuds</numerusform>
        </translation>
    </message>
    <message>
        <source>A ring has %1 to %2 members.</source>
        <translation>Un anneau compte de %1 à %2 membres.</translation>
    </message>
    <message numerus="yes">
        <source>Insert a ring of %n</source>
        <translation>
            <numerusform>Insérer un anneau de %n</numerusform>
            <numerusform>Insérer un anneau de %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n nodes</source>
        <translation>
            <numerusform>Supprimer %n nœud</numerusform>
            <numerusform>Supprimer %n nœuds</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>Renommer %1 en %2</translation>
    </message>
    <message>
        <source>A clock has no server, so no host.</source>
        <translation>Une horloge n&apos;a pas de serveur, donc pas d&apos;hôte.</translation>
    </message>
    <message>
        <source>A host is a name or an address of at most 253 characters, without spaces.</source>
        <translation>Un hôte est un nom ou une adresse d&apos;au plus 253 caractères, sans espaces.</translation>
    </message>
    <message>
        <source>%1 runs here, so its host must be an IP address of this machine or localhost.</source>
        <translation>%1 s&apos;exécute ici, son hôte doit donc être une adresse IP de cette machine ou localhost.</translation>
    </message>
    <message>
        <source>Set host of %1 to %2</source>
        <translation>Définir l&apos;hôte de %1 à %2</translation>
    </message>
    <message>
        <source>A clock has no server, so no port.</source>
        <translation>Une horloge n&apos;a pas de serveur, donc pas de port.</translation>
    </message>
    <message>
        <source>A port is a number from 1 to 65535.</source>
        <translation>Un port est un nombre de 1 à 65535.</translation>
    </message>
    <message>
        <source>Set port of %1 to %2</source>
        <translation>Définir le port de %1 à %2</translation>
    </message>
    <message>
        <source>Set %1 of %2</source>
        <translation>Définir %1 de %2</translation>
    </message>
    <message>
        <source>%1 was discovered in the registry: it is not part of the circuit and cannot be changed or deleted here.</source>
        <translation>%1 a été découvert dans le registre&#xa0;: il ne fait pas partie du circuit et ne peut être ni modifié ni supprimé ici.</translation>
    </message>
    <message>
        <source>Wire %1 to %2</source>
        <translation>Relier %1 à %2</translation>
    </message>
    <message>
        <source>Unwire %1 from %2</source>
        <translation>Délier %1 de %2</translation>
    </message>
    <message>
        <source>Set faults of %1 to %2</source>
        <translation>Définir les pannes de %1 à %2</translation>
    </message>
    <message>
        <source>Set channel of %1 to %2</source>
        <translation>Définir le canal de %1 à %2</translation>
    </message>
    <message>
        <source>Set the run&apos;s seed</source>
        <translation>Définir la graine de l&apos;exécution</translation>
    </message>
    <message>
        <source>Set the fault schedule</source>
        <translation>Définir le calendrier des pannes</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Déplacer %1</translation>
    </message>
    <message numerus="yes">
        <source>Move %n nodes</source>
        <translation>
            <numerusform>Déplacer %n nœud</numerusform>
            <numerusform>Déplacer %n nœuds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wb::CircuitFormat</name>
    <message>
        <source>node: no such node</source>
        <translation>node&#xa0;: aucun nœud de ce nom</translation>
    </message>
    <message>
        <source>node: %1 does not run here: it cannot %2</source>
        <translation>node&#xa0;: %1 ne s&apos;exécute pas ici&#xa0;: action %2 impossible</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>file: larger than %1 MiB</source>
        <translation>fichier&#xa0;: plus de %1 Mio</translation>
    </message>
    <message>
        <source>: nested deeper than %1 levels</source>
        <translation>&#xa0;: imbriqué sur plus de %1 niveaux</translation>
    </message>
    <message>
        <source>root: must be an object</source>
        <translation>racine&#xa0;: doit être un objet</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;</source>
        <translation>«&#xa0;%1&#xa0;» attendu</translation>
    </message>
    <message>
        <source>missing or not a whole number</source>
        <translation>manquant ou pas un nombre entier</translation>
    </message>
    <message>
        <source>version %1 is not supported (this Wirebench reads up to %2)</source>
        <translation>la version %1 n&apos;est pas prise en charge (ce Wirebench lit jusqu&apos;à la %2)</translation>
    </message>
    <message>
        <source>must be a text</source>
        <translation>doit être un texte</translation>
    </message>
    <message>
        <source>missing or not a list</source>
        <translation>manquant ou pas une liste</translation>
    </message>
    <message>
        <source>%1 nodes; at most %2 are allowed</source>
        <translation>%1 nœuds&#xa0;; %2 au plus sont autorisés</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; is used twice</source>
        <translation>le nom «&#xa0;%1&#xa0;» est utilisé deux fois</translation>
    </message>
    <message>
        <source>a version 1 file has none (use version 2)</source>
        <translation>un fichier de version 1 n&apos;en a pas (utilisez la version 2)</translation>
    </message>
    <message>
        <source>: cannot read: </source>
        <translation>&#xa0;: lecture impossible&#xa0;: </translation>
    </message>
    <message>
        <source>: larger than %1 MiB</source>
        <translation>&#xa0;: plus de %1 Mio</translation>
    </message>
    <message>
        <source>: cannot write: </source>
        <translation>&#xa0;: écriture impossible&#xa0;: </translation>
    </message>
    <message>
        <source>%1 sends nothing</source>
        <translation>%1 n&apos;envoie rien</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot receive from &quot;%2&quot;</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas recevoir de «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>«&#xa0;%1&#xa0;» est listé deux fois</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already wired to &quot;%2&quot;</source>
        <translation>«&#xa0;%1&#xa0;» est déjà relié à «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>a node must be an object</source>
        <translation>un nœud doit être un objet</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>champ inconnu</translation>
    </message>
    <message>
        <source>missing or not a text</source>
        <translation>manquant ou pas un texte</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a name: use 1 to 64 of A-Z a-z 0-9 _ . -</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom&#xa0;: utilisez de 1 à 64 caractères parmi A-Z a-z 0-9 _ . -</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot; (expected one of %2)</source>
        <translation>type inconnu «&#xa0;%1&#xa0;» (attendu&#xa0;: l&apos;un de %2)</translation>
    </message>
    <message>
        <source>must be a host name</source>
        <translation>doit être un nom d&apos;hôte</translation>
    </message>
    <message>
        <source>this %1 needs a port from 1 to 65535</source>
        <translation>un nœud %1 a besoin d&apos;un port de 1 à 65535</translation>
    </message>
    <message>
        <source>%1 has no server, so no port</source>
        <translation>%1 n&apos;a pas de serveur, donc pas de port</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <source>a version 2 file lists its wires in &quot;wires&quot;, not in the nodes</source>
        <translation>un fichier de version 2 liste ses fils dans «&#xa0;wires&#xa0;», pas dans les nœuds</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>doit être une liste</translation>
    </message>
    <message>
        <source>must be a node name</source>
        <translation>doit être un nom de nœud</translation>
    </message>
    <message>
        <source>must be {&quot;x&quot;: number, &quot;y&quot;: number} within ±1e7</source>
        <translation>doit être {&quot;x&quot;: nombre, &quot;y&quot;: nombre} dans ±1e7</translation>
    </message>
    <message>
        <source>missing or not a node name</source>
        <translation>manquant ou pas un nom de nœud</translation>
    </message>
    <message>
        <source>no node is named &quot;%1&quot;</source>
        <translation>aucun nœud ne s&apos;appelle «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 wires; at most %2 are allowed</source>
        <translation>%1 fils&#xa0;; %2 au plus sont autorisés</translation>
    </message>
    <message>
        <source>a wire must be an object</source>
        <translation>un fil doit être un objet</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to %1</source>
        <translation>doit être un nombre entier de 1 à %1</translation>
    </message>
    <message>
        <source>%1 is used twice</source>
        <translation>%1 est utilisé deux fois</translation>
    </message>
    <message>
        <source>must be a whole number from 0 to %1</source>
        <translation>doit être un nombre entier de 0 à %1</translation>
    </message>
    <message>
        <source>%1 faults; at most %2 are allowed</source>
        <translation>%1 pannes&#xa0;; %2 au plus sont autorisées</translation>
    </message>
    <message>
        <source>a scheduled fault must be an object</source>
        <translation>une panne programmée doit être un objet</translation>
    </message>
    <message>
        <source>must be a whole number of ms from 0 to %1</source>
        <translation>doit être un nombre entier de ms de 0 à %1</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot; (expected crash, hang or restart)</source>
        <translation>action inconnue «&#xa0;%1&#xa0;» (attendu&#xa0;: crash, hang ou restart)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2: it does not run here, so it cannot %3</source>
        <translation>«&#xa0;%1&#xa0;» est %2&#xa0;: il ne s&apos;exécute pas ici, donc action %3 impossible</translation>
    </message>
    <message>
        <source>: %1 is not a probability from 0 to 1</source>
        <translation>&#xa0;: %1 n&apos;est pas une probabilité de 0 à 1</translation>
    </message>
    <message>
        <source>: %1 is not a %2 from 0 to %3 ms</source>
        <translation>&#xa0;: %1 n&apos;est pas une valeur de %2 entre 0 et %3 ms</translation>
    </message>
    <message>
        <source>: not uniform or normal</source>
        <translation>&#xa0;: ni uniform ni normal</translation>
    </message>
    <message>
        <source>ack_timeout_ms: %1 is not a timeout from 0 (the default) to %2 ms</source>
        <translation>ack_timeout_ms&#xa0;: %1 n&apos;est pas un délai de 0 (par défaut) à %2 ms</translation>
    </message>
    <message>
        <source>retries: %1 is not a number of retries from 0 to %2</source>
        <translation>retries&#xa0;: %1 n&apos;est pas un nombre de nouvelles tentatives de 0 à %2</translation>
    </message>
    <message>
        <source>at_ms: %1 is not a run time from 0 to %2 ms</source>
        <translation>at_ms&#xa0;: %1 n&apos;est pas un temps d&apos;exécution de 0 à %2 ms</translation>
    </message>
    <message>
        <source>for_ms: %1 is not a duration from 0 to %2 ms</source>
        <translation>for_ms&#xa0;: %1 n&apos;est pas une durée de 0 à %2 ms</translation>
    </message>
    <message>
        <source>for_ms: a restart comes back at once: leave for_ms out</source>
        <translation>for_ms&#xa0;: un redémarrage revient immédiatement&#xa0;: omettez for_ms</translation>
    </message>
    <message>
        <source>action: not crash, hang or restart</source>
        <translation>action&#xa0;: ni crash, ni hang, ni restart</translation>
    </message>
    <message>
        <source>timeout %1 ms</source>
        <translation>délai %1 ms</translation>
    </message>
    <message>
        <source>: unknown field</source>
        <translation>&#xa0;: champ inconnu</translation>
    </message>
    <message>
        <source>: must be a number</source>
        <translation>&#xa0;: doit être un nombre</translation>
    </message>
    <message>
        <source>: must be a whole number</source>
        <translation>&#xa0;: doit être un nombre entier</translation>
    </message>
    <message>
        <source>: must be an object</source>
        <translation>&#xa0;: doit être un objet</translation>
    </message>
    <message>
        <source>.jitter: unknown jitter &quot;%1&quot; (expected uniform or normal)</source>
        <translation>.jitter&#xa0;: gigue inconnue «&#xa0;%1&#xa0;» (attendu&#xa0;: uniform ou normal)</translation>
    </message>
    <message>
        <source>.cut: must be true or false</source>
        <translation>.cut&#xa0;: doit être true ou false</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>doit être un nombre entier</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>doit être entre %1 et %2</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>doit être un nombre</translation>
    </message>
    <message>
        <source>must be at most %1 characters</source>
        <translation>doit compter au plus %1 caractères</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>doit être l&apos;un de %1</translation>
    </message>
    <message>
        <source>must name at most 16 contacts</source>
        <translation>doit nommer au plus 16 contacts</translation>
    </message>
    <message>
        <source>is not a parameter of a script: its own parameters are identifiers other than name</source>
        <translation>n&apos;est pas un paramètre de script&#xa0;: ses propres paramètres sont des identifiants autres que name</translation>
    </message>
    <message>
        <source>must be a text, a number or true/false</source>
        <translation>doit être un texte, un nombre ou true/false</translation>
    </message>
    <message>
        <source>only an iopin or a worker takes a seed</source>
        <translation>seul un iopin ou un worker prend une graine</translation>
    </message>
    <message>
        <source>is not a parameter of %1</source>
        <translation>n&apos;est pas un paramètre de %1</translation>
    </message>
    <message>
        <source>a folder, not a file</source>
        <translation>un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>no file given</source>
        <translation>aucun fichier indiqué</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a channel: &quot;/&quot; and up to %2 characters</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un canal&#xa0;: «&#xa0;/&#xa0;» et jusqu&apos;à %2 caractères</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a channel: only printable ASCII without spaces, &apos;?&apos; or &apos;#&apos;</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un canal&#xa0;: uniquement de l&apos;ASCII imprimable sans espaces, «&#xa0;?&#xa0;» ni «&#xa0;#&#xa0;»</translation>
    </message>
</context>
<context>
    <name>wb::ConsoleModel</name>
    <message>
        <source>%1 printed what %2 sent:
%3</source>
        <translation>%1 a affiché ce que %2 a envoyé&#xa0;:
%3</translation>
    </message>
    <message>
        <source>%1 printed what %2 sent on channel %3:
%4</source>
        <translation>%1 a affiché ce que %2 a envoyé sur le canal %3&#xa0;:
%4</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Console</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
</context>
<context>
    <name>wb::ConsolePanel</name>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Whose lines show; selecting a console on the canvas picks it</source>
        <translation>Les lignes de qui s&apos;affichent&#xa0;; sélectionner une console sur le canevas la choisit</translation>
    </message>
    <message>
        <source>Clear the lines shown, and the consoles&apos; own history</source>
        <translation>Effacer les lignes affichées, ainsi que l&apos;historique des consoles</translation>
    </message>
    <message>
        <source>The keyboard your line is typed at; selecting a keyboard on the canvas picks it too</source>
        <translation>Le clavier sur lequel votre ligne est tapée&#xa0;; sélectionner un clavier sur le canevas le choisit aussi</translation>
    </message>
    <message>
        <source>Type the line at the picked keyboard (Enter)</source>
        <translation>Taper la ligne sur le clavier choisi (Entrée)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>every console</source>
        <translation>toutes les consoles</translation>
    </message>
    <message>
        <source>no keyboard</source>
        <translation>aucun clavier</translation>
    </message>
    <message>
        <source>Type a line for %1, then Enter</source>
        <translation>Tapez une ligne pour %1, puis Entrée</translation>
    </message>
    <message>
        <source>Place a keyboard (Components) to type lines here</source>
        <translation>Placez un clavier (Composants) pour taper des lignes ici</translation>
    </message>
</context>
<context>
    <name>wb::CrashRecovery</name>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>Recover unsaved changes</source>
        <translation>Récupérer les modifications non enregistrées</translation>
    </message>
    <message>
        <source>Wirebench did not close properly. Recover the unsaved changes to “%1”?</source>
        <translation>Wirebench ne s&apos;est pas fermé correctement. Récupérer les modifications non enregistrées de «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>They were saved automatically on %1. Discard deletes them; Later keeps them for the next start.</source>
        <translation>Elles ont été enregistrées automatiquement le %1. Ignorer les supprime&#xa0;; Plus tard les garde pour le prochain démarrage.</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Récupérer</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>the desktop session ended</source>
        <translation>la session du bureau s&apos;est terminée</translation>
    </message>
    <message>
        <source>Wirebench was told to quit (%1) and kept the unsaved changes to “%2”. Recover them?</source>
        <translation>Wirebench a reçu l&apos;ordre de quitter (%1) et a gardé les modifications non enregistrées de « %2 ». Les récupérer ?</translation>
    </message>
</context>
<context>
    <name>wb::DeliveryController</name>
    <message>
        <source>resumed</source>
        <translation>repris</translation>
    </message>
    <message>
        <source>teaching pace</source>
        <translation>rythme d&apos;enseignement</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>dropped by hand</source>
        <translation>perdu manuellement</translation>
    </message>
    <message>
        <source>duplicated by hand</source>
        <translation>dupliqué manuellement</translation>
    </message>
    <message>
        <source>stepped</source>
        <translation>avancé d&apos;un pas</translation>
    </message>
</context>
<context>
    <name>wb::Discovery</name>
    <message>
        <source>the registry granted no lease</source>
        <translation>le registre n&apos;a accordé aucun bail</translation>
    </message>
    <message>
        <source>registry %1: %2</source>
        <translation>registre %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>history compacted</source>
        <translation>historique compacté</translation>
    </message>
    <message>
        <source>registry %1: watch cancelled (%2)</source>
        <translation>registre %1&#xa0;: surveillance annulée (%2)</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
    <message>
        <source>name: missing or not a node name</source>
        <translation>name&#xa0;: manquant ou pas un nom de nœud</translation>
    </message>
    <message>
        <source>host: missing or not a host name</source>
        <translation>host&#xa0;: manquant ou pas un nom d&apos;hôte</translation>
    </message>
    <message>
        <source>port: must be from 1 to 65535</source>
        <translation>port&#xa0;: doit être de 1 à 65535</translation>
    </message>
    <message>
        <source>%1 at %2:%3</source>
        <translation>%1 à %2:%3</translation>
    </message>
</context>
<context>
    <name>wb::DiscoveryControl</name>
    <message>
        <source>Set the registry&apos;s address first.</source>
        <translation>Définissez d&apos;abord l&apos;adresse du registre.</translation>
    </message>
    <message>
        <source>Discovery is off: %1</source>
        <translation>La découverte est désactivée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Registre</translation>
    </message>
    <message>
        <source>The etcd registry the nodes register with (docs/discovery.md):</source>
        <translation>Le registre etcd auprès duquel les nœuds s&apos;enregistrent (docs/discovery.md)&#xa0;:</translation>
    </message>
    <message>
        <source>Not a registry address: %1

%2</source>
        <translation>Pas une adresse de registre&#xa0;: %1

%2</translation>
    </message>
    <message>
        <source>Registry %1: %2; trying again, the circuit keeps running</source>
        <translation>Registre %1&#xa0;: %2&#xa0;; nouvel essai, le circuit continue de s&apos;exécuter</translation>
    </message>
    <message>
        <source>Registry: &quot;%1&quot; is not shown: %2</source>
        <translation>Registre&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas affiché&#xa0;: %2</translation>
    </message>
    <message>
        <source>Registry unreachable · retrying in %1 s</source>
        <translation>Registre injoignable · nouvel essai dans %1 s</translation>
    </message>
    <message>
        <source>Registry unreachable · retrying…</source>
        <translation>Registre injoignable · nouvel essai…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Registry: connecting…</source>
        <translation>Registre&#xa0;: connexion…</translation>
    </message>
    <message>
        <source>Registry: %1 discovered</source>
        <translation>Registre&#xa0;: %1 découverts</translation>
    </message>
    <message>
        <source>Discovering nodes at %1</source>
        <translation>Découverte des nœuds sur %1</translation>
    </message>
    <message>
        <source> · 1 conflict</source>
        <translation> · 1 conflit</translation>
    </message>
    <message>
        <source> · %1 conflicts</source>
        <translation> · %1 conflits</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not shown: %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas affiché&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>wb::DockTitleBar</name>
    <message>
        <source>Float or dock</source>
        <translation>Détacher ou ancrer</translation>
    </message>
    <message>
        <source>Hide this panel</source>
        <translation>Masquer ce panneau</translation>
    </message>
</context>
<context>
    <name>wb::DocumentController</name>
    <message>
        <source>Wirebench circuits (*.json);;All files (*)</source>
        <translation>Circuits Wirebench (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes to “%1”?</source>
        <translation>Enregistrer les modifications de «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Your changes are lost if you don&apos;t save them.</source>
        <translation>Vos modifications seront perdues si vous ne les enregistrez pas.</translation>
    </message>
    <message>
        <source>Save circuit</source>
        <translation>Enregistrer le circuit</translation>
    </message>
    <message>
        <source>Open circuit</source>
        <translation>Ouvrir un circuit</translation>
    </message>
</context>
<context>
    <name>wb::Endpoint</name>
    <message numerus="yes">
        <source>%n more connection(s) refused or closed in the last second</source>
        <translation>
            <numerusform>%n autre connexion refusée ou fermée au cours de la dernière seconde</numerusform>
            <numerusform>%n autres connexions refusées ou fermées au cours de la dernière seconde</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot listen on &quot;%1&quot;: give an IP address, localhost, 0.0.0.0 or ::</source>
        <translation>impossible d&apos;écouter sur «&#xa0;%1&#xa0;»&#xa0;: indiquez une adresse IP, localhost, 0.0.0.0 ou&#xa0;::</translation>
    </message>
    <message>
        <source>node stopped</source>
        <translation>nœud arrêté</translation>
    </message>
    <message>
        <source>code %1</source>
        <translation>code %1</translation>
    </message>
    <message>
        <source>%1 (code %2)</source>
        <translation>%1 (code %2)</translation>
    </message>
    <message numerus="yes">
        <source>; %n binary frame(s) answered with an error</source>
        <translation>
            <numerusform>&#xa0;; %n trame binaire a reçu une erreur en réponse</numerusform>
            <numerusform>&#xa0;; %n trames binaires ont reçu une erreur en réponse</numerusform>
        </translation>
    </message>
    <message>
        <source>binary frame of %1 bytes on %2: answered with an error ack</source>
        <translation>trame binaire de %1 octets sur %2&#xa0;: réponse par un acquittement d&apos;erreur</translation>
    </message>
    <message>
        <source>more than %1 messages or %2 bytes sent ahead of their acks</source>
        <translation>plus de %1 messages ou %2 octets envoyés avant leurs acquittements</translation>
    </message>
    <message>
        <source>the ack is over %1 bytes</source>
        <translation>l&apos;acquittement dépasse %1 octets</translation>
    </message>
    <message>
        <source>binary frames are not part of the protocol; send text</source>
        <translation>les trames binaires ne font pas partie du protocole&#xa0;; envoyez du texte</translation>
    </message>
    <message>
        <source>the peer does not read: %1 bytes waiting for it, the cap is %2</source>
        <translation>le pair ne lit pas&#xa0;: %1 octets l&apos;attendent, la limite est de %2</translation>
    </message>
    <message>
        <source>closed by this node, code %1: %2</source>
        <translation>fermé par ce nœud, code %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>wb::InspectorWidget</name>
    <message>
        <source>How many messages the queue holds, 1 to %L1; its memory is bounded by it</source>
        <translation>Combien de messages la file contient, de 1 à %L1&#xa0;; sa mémoire en est bornée</translation>
    </message>
    <message>
        <source>What a full queue does with one more message: hold its ack back until there is room (a stop-and-wait producer waits: backpressure), or drop it, or drop the oldest waiting one</source>
        <translation>Ce que fait une file pleine d&apos;un message de plus&#xa0;: retenir son acquittement jusqu&apos;à ce qu&apos;il y ait de la place (un producteur stop-and-wait attend&#xa0;: contre-pression), ou le perdre, ou perdre le plus ancien en attente</translation>
    </message>
    <message>
        <source>How long the worker takes over each message, in run time (pause and slow motion reach it); the mean when random</source>
        <translation>Le temps que le worker consacre à chaque message, en temps d&apos;exécution (la pause et le ralenti l&apos;atteignent)&#xa0;; la moyenne en mode aléatoire</translation>
    </message>
    <message>
        <source>Fixed: every message takes the service time; random: exponentially distributed with that mean</source>
        <translation>Fixe&#xa0;: chaque message prend le temps de service&#xa0;; aléatoire&#xa0;: distribution exponentielle de cette moyenne</translation>
    </message>
    <message>
        <source>A fixed seed makes the random service times repeatable; empty: the run&apos;s seed</source>
        <translation>Une graine fixe rend les temps de service aléatoires reproductibles&#xa0;; vide&#xa0;: la graine de l&apos;exécution</translation>
    </message>
    <message>
        <source>How many lines the console keeps for the Console dock</source>
        <translation>Combien de lignes la console garde pour le panneau Console</translation>
    </message>
    <message>
        <source>Seconds of run time before the first tick (the seed&apos;s slow task sleeps 10 s); empty: at once</source>
        <translation>Secondes de temps d&apos;exécution avant le premier tic (la tâche lente de l&apos;exemple dort 10 s)&#xa0;; vide&#xa0;: immédiatement</translation>
    </message>
    <message>
        <source>What each tick sends instead of its number (at most 1024 characters); empty: the number</source>
        <translation>Ce que chaque tic envoie au lieu de son numéro (au plus 1024 caractères)&#xa0;; vide&#xa0;: le numéro</translation>
    </message>
    <message>
        <source>Each line goes to the keyboard&apos;s targets once every target has answered the one before: a full queue that holds its ack back holds the keyboard back. Type on its card too (double-click it) or in the Console dock.</source>
        <translation>Chaque ligne va aux cibles du clavier dès que chaque cible a répondu à la précédente&#xa0;: une file pleine qui retient son acquittement retient le clavier. Tapez aussi sur sa carte (double-clic) ou dans le panneau Console.</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>When full</source>
        <translation>Si pleine</translation>
    </message>
    <message>
        <source>block the producer</source>
        <translation>bloquer le producteur</translation>
    </message>
    <message>
        <source>drop the newest</source>
        <translation>perdre le plus récent</translation>
    </message>
    <message>
        <source>drop the oldest</source>
        <translation>perdre le plus ancien</translation>
    </message>
    <message>
        <source>Service time</source>
        <translation>Temps de service</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>fixe</translation>
    </message>
    <message>
        <source>random (exponential)</source>
        <translation>aléatoire (exponentiel)</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <source>the run&apos;s</source>
        <translation>celle de l&apos;exécution</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source> lines</source>
        <translation> lignes</translation>
    </message>
    <message>
        <source>The lines it prints show in the Console dock (View ▸ Console).</source>
        <translation>Les lignes qu&apos;il affiche apparaissent dans le panneau Console (Affichage ▸ Console).</translation>
    </message>
    <message>
        <source>Start after</source>
        <translation>Démarrer après</translation>
    </message>
    <message>
        <source>0 s</source>
        <translation>0 s</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>the tick&apos;s number</source>
        <translation>le numéro du tic</translation>
    </message>
    <message>
        <source>Enter sends the line to the keyboard&apos;s targets</source>
        <translation>Entrée envoie la ligne aux cibles du clavier</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Type the line at the keyboard (Enter)</source>
        <translation>Taper la ligne sur le clavier (Entrée)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Taper</translation>
    </message>
    <message>
        <source>A line for its targets, then Enter</source>
        <translation>Une ligne pour ses cibles, puis Entrée</translation>
    </message>
    <message>
        <source>Start the keyboard to type</source>
        <translation>Démarrez le clavier pour taper</translation>
    </message>
    <message>
        <source>The member&apos;s place on the ring, 0 to 4294967295; empty: the first four bytes of the SHA-1 of its name</source>
        <translation>La place du membre sur l&apos;anneau, de 0 à 4294967295&#xa0;; vide&#xa0;: les quatre premiers octets du SHA-1 de son nom</translation>
    </message>
    <message>
        <source>How many members after it the member keeps in its successor list: with 3, two neighbours may die at once</source>
        <translation>Combien de membres suivants le membre garde dans sa liste de successeurs&#xa0;: avec 3, deux voisins peuvent mourir à la fois</translation>
    </message>
    <message>
        <source>How often the member pings its successor</source>
        <translation>À quelle fréquence le membre envoie un ping à son successeur</translation>
    </message>
    <message>
        <source>No pong for this long: the successor is suspected, and other members are asked to probe it</source>
        <translation>Pas de pong pendant ce délai&#xa0;: le successeur est suspecté, et d&apos;autres membres sont chargés de le sonder</translation>
    </message>
    <message>
        <source>How long an indirect probe waits for the suspect&apos;s pong before it counts as failed</source>
        <translation>Combien de temps une sonde indirecte attend le pong du suspect avant de compter comme un échec</translation>
    </message>
    <message>
        <source>How many other members are asked to probe a suspect (SWIM); 0: a suspect that misses one more ping is dead</source>
        <translation>Combien d&apos;autres membres sont chargés de sonder un suspect (SWIM)&#xa0;; 0&#xa0;: un suspect qui manque un ping de plus est mort</translation>
    </message>
    <message>
        <source>How often the member asks its successor for its predecessor and list, and notifies it (Chord)</source>
        <translation>À quelle fréquence le membre demande à son successeur son prédécesseur et sa liste, et le notifie (Chord)</translation>
    </message>
    <message>
        <source>Chat messages passed on this recently are sent again to a new successor when the old one dies</source>
        <translation>Les messages de discussion transmis aussi récemment sont renvoyés à un nouveau successeur quand l&apos;ancien meurt</translation>
    </message>
    <message>
        <source>Members to join through, ws://HOST:PORT, comma-separated; without: the node its wire goes to, then the circuit&apos;s other ring nodes</source>
        <translation>Membres par lesquels rejoindre, ws://HÔTE:PORT, séparés par des virgules&#xa0;; sans&#xa0;: le nœud où va son fil, puis les autres nœuds d&apos;anneau du circuit</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>from the name</source>
        <translation>d&apos;après le nom</translation>
    </message>
    <message>
        <source>Successors</source>
        <translation>Successeurs</translation>
    </message>
    <message>
        <source>Heartbeat</source>
        <translation>Battement de cœur</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Suspect after</source>
        <translation>Suspect après</translation>
    </message>
    <message>
        <source>Probe timeout</source>
        <translation>Délai de sonde</translation>
    </message>
    <message>
        <source>Probes</source>
        <translation>Sondes</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Stabilise</source>
        <translation>Stabilisation</translation>
    </message>
    <message>
        <source>Resend window</source>
        <translation>Fenêtre de renvoi</translation>
    </message>
    <message>
        <source>Join through</source>
        <translation>Rejoindre par</translation>
    </message>
    <message>
        <source>its wire&apos;s node</source>
        <translation>le nœud de son fil</translation>
    </message>
    <message>
        <source>Say something round the ring in the Ring Chat (View ▸ Ring Chat); docs/ring.md explains the parameters.</source>
        <translation>Dites quelque chose autour de l&apos;anneau dans la Discussion en anneau (Affichage ▸ Discussion en anneau)&#xa0;; docs/ring.md explique les paramètres.</translation>
    </message>
    <message>
        <source>How many ticks the clock sends (forever: until stopped)</source>
        <translation>Combien de tics l&apos;horloge envoie (toujours&#xa0;: jusqu&apos;à l&apos;arrêt)</translation>
    </message>
    <message>
        <source>Seconds between the acknowledged tick and the next one</source>
        <translation>Secondes entre le tic acquitté et le suivant</translation>
    </message>
    <message>
        <source>Probability that a drawn bit is 0</source>
        <translation>Probabilité qu&apos;un bit tiré soit 0</translation>
    </message>
    <message>
        <source>How many bits the pin draws and streams per tick</source>
        <translation>Combien de bits la broche tire et envoie par tic</translation>
    </message>
    <message>
        <source>A fixed random seed makes the bits repeatable; empty: random</source>
        <translation>Une graine aléatoire fixe rend les bits reproductibles&#xa0;; vide&#xa0;: aléatoire</translation>
    </message>
    <message>
        <source>What the buzzer answers to a 1</source>
        <translation>Ce que le buzzer répond à un 1</translation>
    </message>
    <message>
        <source>Select a node or a wire to see and edit its settings.</source>
        <translation>Sélectionnez un nœud ou un fil pour voir et modifier ses réglages.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Stop this node</source>
        <translation>Arrêter ce nœud</translation>
    </message>
    <message>
        <source>Start this node</source>
        <translation>Démarrer ce nœud</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Unique in the circuit</source>
        <translation>Unique dans le circuit</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>The address the node listens on (or runs at)</source>
        <translation>L&apos;adresse sur laquelle le nœud écoute (ou s&apos;exécute)</translation>
    </message>
    <message>
        <source>A running node restarts on its new port</source>
        <translation>Un nœud en cours d&apos;exécution redémarre sur son nouveau port</translation>
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
        <translation>Écouter sur le réseau (toutes les adresses)</translation>
    </message>
    <message>
        <source>Checked: the node listens on 0.0.0.0, unchecked: on 127.0.0.1 only</source>
        <translation>Coché&#xa0;: le nœud écoute sur 0.0.0.0&#xa0;; décoché&#xa0;: sur 127.0.0.1 seulement</translation>
    </message>
    <message>
        <source>Ticks</source>
        <translation>Tics</translation>
    </message>
    <message>
        <source>forever</source>
        <translation>toujours</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Intervalle</translation>
    </message>
    <message>
        <source>Chance of 0</source>
        <translation>Probabilité de 0</translation>
    </message>
    <message>
        <source>Bits per tick</source>
        <translation>Bits par tic</translation>
    </message>
    <message>
        <source>random</source>
        <translation>aléatoire</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Son</translation>
    </message>
    <message>
        <source>An LED has no parameters: it glows on 1.</source>
        <translation>Une LED n&apos;a pas de paramètres&#xa0;: elle s&apos;allume sur 1.</translation>
    </message>
    <message>
        <source>A proxy has no parameters. It relays every message to its target and the target&apos;s ack back, both through this workbench: pause, step and the fault rules of its wires reach traffic between nodes that run elsewhere.</source>
        <translation>Un proxy n&apos;a pas de paramètres. Il relaie chaque message vers sa cible et l&apos;acquittement de la cible en retour, les deux via cet atelier&#xa0;: la pause, le pas à pas et les règles de panne de ses fils atteignent le trafic entre des nœuds qui s&apos;exécutent ailleurs.</translation>
    </message>
    <message>
        <source>Discovered in the registry%1. It comes and goes with its registration and is not saved in the circuit file: it cannot be renamed, edited or deleted here, and its place on the canvas is not kept. Wire a clock, an iopin or a proxy to it like to any other node.</source>
        <translation>Découvert dans le registre%1. Il va et vient avec son enregistrement et n&apos;est pas enregistré dans le fichier du circuit&#xa0;: il ne peut être ni renommé, ni modifié, ni supprimé ici, et sa place sur le canevas n&apos;est pas conservée. Reliez-lui une horloge, un iopin ou un proxy comme à tout autre nœud.</translation>
    </message>
    <message>
        <source> as %1</source>
        <translation> en tant que %1</translation>
    </message>
    <message>
        <source>An external node runs elsewhere; wires reach it at its host and port.</source>
        <translation>Un nœud externe s&apos;exécute ailleurs&#xa0;; les fils l&apos;atteignent à son hôte et à son port.</translation>
    </message>
    <message>
        <source>A script node runs its JavaScript sketch: setup(params) once, then loop(channel, message) for every message, whose return value is the ack.</source>
        <translation>Un nœud script exécute son croquis JavaScript&#xa0;: setup(params) une fois, puis loop(channel, message) pour chaque message, dont la valeur de retour est l&apos;acquittement.</translation>
    </message>
    <message>
        <source>Edit Script…</source>
        <translation>Modifier le script…</translation>
    </message>
    <message>
        <source>Open the sketch in the Script dock (or double-click the card)</source>
        <translation>Ouvrir le croquis dans le panneau Script (ou double-cliquer sur la carte)</translation>
    </message>
</context>
<context>
    <name>wb::KeyboardLineEditor</name>
    <message>
        <source>Type a line, then Enter</source>
        <translation>Tapez une ligne, puis Entrée</translation>
    </message>
    <message>
        <source>Enter sends the line to the keyboard&apos;s targets; Escape closes</source>
        <translation>Entrée envoie la ligne aux cibles du clavier&#xa0;; Échap ferme</translation>
    </message>
</context>
<context>
    <name>wb::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;System (%1)</source>
        <translation>&amp;Système (%1)</translation>
    </message>
    <message>
        <source>Wirebench speaks %1 from its next start.</source>
        <translation>Langue de Wirebench au prochain démarrage&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>wb::Lesson</name>
    <message>
        <source>nothing yet</source>
        <translation>rien pour l&apos;instant</translation>
    </message>
    <message>
        <source>the highest %1 was %2</source>
        <translation>valeur maximale de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the last %1 was %2</source>
        <translation>dernière valeur de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>no %1 yet</source>
        <translation>pas encore de %1</translation>
    </message>
    <message>
        <source>first %1 at %2</source>
        <translation>premier %1 à %2</translation>
    </message>
    <message>
        <source>%1 of %2 messages (%3) not acknowledged</source>
        <translation>%1 messages sur %2 (%3) non acquittés</translation>
    </message>
    <message>
        <source>%1 never happened</source>
        <translation>%1 n&apos;a jamais eu lieu</translation>
    </message>
    <message>
        <source>%1 at %2, %3 %4 later (limit %5)</source>
        <translation>%1 à %2, %3 %4 plus tard (limite %5)</translation>
    </message>
    <message>
        <source>%1 at %2, no %3 within %4</source>
        <translation>%1 à %2, pas de %3 en %4</translation>
    </message>
    <message>
        <source>%1 came first, at %2</source>
        <translation>%1 est venu en premier, à %2</translation>
    </message>
    <message>
        <source>neither happened</source>
        <translation>aucun des deux n&apos;a eu lieu</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>this text has no closing &apos;&quot;&apos;</source>
        <translation>ce texte n&apos;a pas de «&#xa0;&quot;&#xa0;» fermant</translation>
    </message>
    <message>
        <source>&apos;=&apos; alone: compare with &apos;==&apos;, or give a filter as name: value</source>
        <translation>«&#xa0;=&#xa0;» seul&#xa0;: comparez avec «&#xa0;==&#xa0;», ou donnez un filtre sous la forme nom: valeur</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>caractère inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>la fin</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>un texte</translation>
    </message>
    <message>
        <source>a condition</source>
        <translation>une condition</translation>
    </message>
    <message>
        <source>an event pattern</source>
        <translation>un motif d&apos;événement</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>une valeur</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; after the check</source>
        <translation>«&#xa0;%1&#xa0;» inattendu après la vérification</translation>
    </message>
    <message>
        <source>a check must be a condition (a comparison, within, before, all or any), not %1</source>
        <translation>une vérification doit être une condition (une comparaison, within, before, all ou any), pas %1</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>ligne %1, colonne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>expected &apos;%1&apos; %2, found &apos;%3&apos;</source>
        <translation>«&#xa0;%1&#xa0;» attendu %2, «&#xa0;%3&#xa0;» trouvé</translation>
    </message>
    <message>
        <source>&apos;%1&apos; joins conditions; this is %2</source>
        <translation>«&#xa0;%1&#xa0;» relie des conditions&#xa0;; ceci est %2</translation>
    </message>
    <message>
        <source>&apos;not&apos; takes a condition; this is %1</source>
        <translation>«&#xa0;not&#xa0;» prend une condition&#xa0;; ceci est %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; compares numbers or texts; this is %2 (count(...) counts a pattern&apos;s events)</source>
        <translation>«&#xa0;%1&#xa0;» compare des nombres ou des textes&#xa0;; ceci est %2 (count(...) compte les événements d&apos;un motif)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; orders numbers; a text can only be compared with == or !=</source>
        <translation>«&#xa0;%1&#xa0;» ordonne des nombres&#xa0;; un texte ne peut être comparé qu&apos;avec == ou&#xa0;!=</translation>
    </message>
    <message>
        <source>to close &apos;(&apos;</source>
        <translation>pour fermer «&#xa0;(&#xa0;»</translation>
    </message>
    <message>
        <source>expected a value, a pattern or a function, found &apos;%1&apos;</source>
        <translation>une valeur, un motif ou une fonction attendu, «&#xa0;%1&#xa0;» trouvé</translation>
    </message>
    <message>
        <source>unknown name &apos;%1&apos; (patterns: %2; functions: %3)</source>
        <translation>nom inconnu «&#xa0;%1&#xa0;» (motifs&#xa0;: %2&#xa0;; fonctions&#xa0;: %3)</translation>
    </message>
    <message>
        <source>expected a filter of %1 as name: value (%2), found &apos;%3&apos;</source>
        <translation>un filtre de %1 attendu sous la forme nom: valeur (%2), «&#xa0;%3&#xa0;» trouvé</translation>
    </message>
    <message>
        <source>%1 has no filter &apos;%2&apos; (it has %3)</source>
        <translation>%1 n&apos;a pas de filtre «&#xa0;%2&#xa0;» (il a %3)</translation>
    </message>
    <message>
        <source>filter &apos;%1&apos; given twice</source>
        <translation>filtre «&#xa0;%1&#xa0;» donné deux fois</translation>
    </message>
    <message>
        <source>filter &apos;%1&apos; takes %2, found &apos;%3&apos;</source>
        <translation>le filtre «&#xa0;%1&#xa0;» prend %2, «&#xa0;%3&#xa0;» trouvé</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>a text in quotes</source>
        <translation>un texte entre guillemets</translation>
    </message>
    <message>
        <source>bad regular expression: %1</source>
        <translation>expression régulière incorrecte&#xa0;: %1</translation>
    </message>
    <message>
        <source>between filters</source>
        <translation>entre les filtres</translation>
    </message>
    <message>
        <source>between arguments</source>
        <translation>entre les arguments</translation>
    </message>
    <message>
        <source>%1 takes one condition or more</source>
        <translation>%1 prend une condition ou plus</translation>
    </message>
    <message>
        <source>%1 takes conditions; &apos;%2&apos; is %3</source>
        <translation>%1 prend des conditions&#xa0;; «&#xa0;%2&#xa0;» est %3</translation>
    </message>
    <message>
        <source>%1 takes %2 argument(s), not %3</source>
        <translation>%1 prend %2 argument(s), pas %3</translation>
    </message>
    <message>
        <source>%1: argument %2 (&apos;%3&apos;) must be %4, not %5</source>
        <translation>%1&#xa0;: l&apos;argument %2 («&#xa0;%3&#xa0;») doit être %4, pas %5</translation>
    </message>
    <message>
        <source>max takes a live pattern with a key: max(live(node: &quot;queue&quot;, key: &quot;fill&quot;))</source>
        <translation>max prend un motif live avec une clé&#xa0;: max(live(node: &quot;queue&quot;, key: &quot;fill&quot;))</translation>
    </message>
    <message>
        <source>unacked takes a sent pattern: unacked(sent(from: &quot;clock&quot;))</source>
        <translation>unacked prend un motif sent&#xa0;: unacked(sent(from: &quot;clock&quot;))</translation>
    </message>
    <message>
        <source>last of a live pattern needs its key</source>
        <translation>last d&apos;un motif live a besoin de sa clé</translation>
    </message>
    <message>
        <source>line 1, column 1: the check is empty</source>
        <translation>ligne 1, colonne 1&#xa0;: la vérification est vide</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>un objet JSON attendu</translation>
    </message>
    <message>
        <source>unknown field (known: %1)</source>
        <translation>champ inconnu (connus&#xa0;: %1)</translation>
    </message>
    <message>
        <source>must be &quot;wirebench-lesson&quot;</source>
        <translation>doit être «&#xa0;wirebench-lesson&#xa0;»</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>doit être %1</translation>
    </message>
    <message>
        <source>a lesson needs a title</source>
        <translation>une leçon a besoin d&apos;un titre</translation>
    </message>
    <message>
        <source>a whole number from 0 to 9999</source>
        <translation>un nombre entier de 0 à 9999</translation>
    </message>
    <message>
        <source>a text (or a list of lines) saying what the lesson is for</source>
        <translation>un texte (ou une liste de lignes) disant à quoi sert la leçon</translation>
    </message>
    <message>
        <source>a list of texts</source>
        <translation>une liste de textes</translation>
    </message>
    <message>
        <source>a list of file names</source>
        <translation>une liste de noms de fichiers</translation>
    </message>
    <message>
        <source>a file name of the lesson&apos;s folder</source>
        <translation>un nom de fichier du dossier de la leçon</translation>
    </message>
    <message>
        <source>the name of the circuit file in the lesson&apos;s folder</source>
        <translation>le nom du fichier de circuit dans le dossier de la leçon</translation>
    </message>
    <message>
        <source>a number of seconds from 0.1 to 3600</source>
        <translation>un nombre de secondes de 0,1 à 3600</translation>
    </message>
    <message>
        <source>a list of one check or more</source>
        <translation>une liste d&apos;une vérification ou plus</translation>
    </message>
    <message>
        <source>an object with &quot;text&quot; and &quot;check&quot;</source>
        <translation>un objet avec «&#xa0;text&#xa0;» et «&#xa0;check&#xa0;»</translation>
    </message>
    <message>
        <source>unknown field (known: text, check)</source>
        <translation>champ inconnu (connus&#xa0;: text, check)</translation>
    </message>
    <message>
        <source>the check in words, as students read it</source>
        <translation>la vérification en mots, telle que les élèves la lisent</translation>
    </message>
    <message>
        <source>a text (or a list of lines) in the check language</source>
        <translation>un texte (ou une liste de lignes) dans le langage de vérification</translation>
    </message>
    <message>
        <source>%1: circuit: %2</source>
        <translation>%1&#xa0;: circuit&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not in the lesson&apos;s folder</source>
        <translation>%1 n&apos;est pas dans le dossier de la leçon</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 n&apos;est pas un dossier</translation>
    </message>
    <message>
        <source>larger than 1 MiB</source>
        <translation>plus de 1 Mio</translation>
    </message>
</context>
<context>
    <name>wb::LessonCheckModel</name>
    <message>
        <source>waiting for the run</source>
        <translation>en attente de l&apos;exécution</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
</context>
<context>
    <name>wb::LessonController</name>
    <message>
        <source>Lesson</source>
        <translation>Leçon</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Leçons</translation>
    </message>
    <message>
        <source>&amp;Start Page</source>
        <translation>Page d&apos;a&amp;ccueil</translation>
    </message>
    <message>
        <source>Open Lesson &amp;Folder…</source>
        <translation>Ouvrir un &amp;dossier de leçon…</translation>
    </message>
    <message>
        <source>Open Lesson Folder</source>
        <translation>Ouvrir un dossier de leçon</translation>
    </message>
    <message>
        <source>Lesson: %1</source>
        <translation>Leçon&#xa0;: %1</translation>
    </message>
    <message>
        <source>Save Lesson Files Into</source>
        <translation>Enregistrer les fichiers de la leçon dans</translation>
    </message>
    <message>
        <source>Lesson files saved in %1</source>
        <translation>Fichiers de la leçon enregistrés dans %1</translation>
    </message>
</context>
<context>
    <name>wb::LessonPanel</name>
    <message>
        <source>Save Lesson Files…</source>
        <translation>Enregistrer les fichiers de la leçon…</translation>
    </message>
    <message>
        <source>Close Lesson</source>
        <translation>Fermer la leçon</translation>
    </message>
    <message>
        <source>Open a Lesson…</source>
        <translation>Ouvrir une leçon…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Checks&lt;/b&gt; (judged over the run; those that need the whole run are judged when it stops)</source>
        <translation>&lt;b&gt;Vérifications&lt;/b&gt; (jugées pendant l&apos;exécution&#xa0;; celles qui ont besoin de toute l&apos;exécution sont jugées à son arrêt)</translation>
    </message>
    <message>
        <source>&lt;p&gt;No lesson is open. File ▸ Lessons lists the built-in ones; a lesson folder of your own opens with File ▸ Lessons ▸ Open Lesson Folder….&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aucune leçon n&apos;est ouverte. Fichier ▸ Leçons liste les leçons intégrées&#xa0;; un dossier de leçon à vous s&apos;ouvre avec Fichier ▸ Leçons ▸ Ouvrir un dossier de leçon….&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>&lt;p&gt;Save Lesson Files… copies them to a folder of yours.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Enregistrer les fichiers de la leçon… les copie dans un dossier à vous.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Run length: %1 s%2</source>
        <translation>Durée de l&apos;exécution&#xa0;: %1 s%2</translation>
    </message>
    <message>
        <source> · needs a registry (Run ▸ Discover Nodes)</source>
        <translation> · nécessite un registre (Exécution ▸ Découvrir les nœuds)</translation>
    </message>
</context>
<context>
    <name>wb::Link</name>
    <message>
        <source>no answer within %1 s</source>
        <translation>pas de réponse en %1 s</translation>
    </message>
    <message>
        <source>no pong within %1 s</source>
        <translation>pas de pong en %1 s</translation>
    </message>
    <message>
        <source>%1 messages already wait for %2</source>
        <translation>%1 messages attendent déjà %2</translation>
    </message>
    <message>
        <source>the message is over %1 bytes, the limit of a message</source>
        <translation>le message dépasse %1 octets, la limite d&apos;un message</translation>
    </message>
    <message>
        <source>cannot reach %1: %2</source>
        <translation>impossible d&apos;atteindre %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>fermé</translation>
    </message>
    <message>
        <source>crashed</source>
        <translation>planté</translation>
    </message>
    <message>
        <source>a binary frame where an ack was due: binary frames are not part of the protocol</source>
        <translation>une trame binaire là où un acquittement était attendu&#xa0;: les trames binaires ne font pas partie du protocole</translation>
    </message>
    <message>
        <source>connection closed (code %1)</source>
        <translation>connexion fermée (code %1)</translation>
    </message>
    <message>
        <source>an ack that answers no message: %1</source>
        <translation>un acquittement qui ne répond à aucun message&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot reach %1: %2 (closed with code %3)</source>
        <translation>impossible d&apos;atteindre %1&#xa0;: %2 (fermé avec le code %3)</translation>
    </message>
    <message>
        <source>no ack within %1 s</source>
        <translation>pas d&apos;acquittement en %1 s</translation>
    </message>
    <message>
        <source>after 1 attempt</source>
        <translation>après 1 tentative</translation>
    </message>
    <message>
        <source>after %1 attempts</source>
        <translation>après %1 tentatives</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1&#xa0;: %2 (%3)</translation>
    </message>
</context>
<context>
    <name>wb::LocalNode</name>
    <message>
        <source>%1 is not running</source>
        <translation>%1 ne s&apos;exécute pas</translation>
    </message>
    <message>
        <source>%1 has no address to send to</source>
        <translation>%1 n&apos;a pas d&apos;adresse où envoyer</translation>
    </message>
</context>
<context>
    <name>wb::LogModel</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>wb::LogPanel</name>
    <message>
        <source>Show the lines of one node</source>
        <translation>Afficher les lignes d&apos;un seul nœud</translation>
    </message>
    <message>
        <source>Filter lines…</source>
        <translation>Filtrer les lignes…</translation>
    </message>
    <message>
        <source>Follow the newest line</source>
        <translation>Suivre la ligne la plus récente</translation>
    </message>
    <message>
        <source>Clear the log</source>
        <translation>Effacer le journal</translation>
    </message>
    <message>
        <source>All nodes</source>
        <translation>Tous les nœuds</translation>
    </message>
    <message>
        <source>Workbench</source>
        <translation>Atelier</translation>
    </message>
</context>
<context>
    <name>wb::LogicAnalyzer</name>
    <message>
        <source>Back to live</source>
        <translation>Retour au direct</translation>
    </message>
    <message>
        <source>Open Recording…</source>
        <translation>Ouvrir un enregistrement…</translation>
    </message>
    <message>
        <source>Open a saved recording (.vcd or .csv) for review</source>
        <translation>Ouvrir un enregistrement sauvegardé (.vcd ou .csv) pour l&apos;examiner</translation>
    </message>
    <message>
        <source>Open Recording</source>
        <translation>Ouvrir un enregistrement</translation>
    </message>
    <message>
        <source>Recordings (*.vcd *.csv)</source>
        <translation>Enregistrements (*.vcd *.csv)</translation>
    </message>
    <message>
        <source>Save Recording…</source>
        <translation>Sauvegarder l&apos;enregistrement…</translation>
    </message>
    <message>
        <source>Save the recording: VCD for GTKWave, PulseView and sigrok; CSV with every message</source>
        <translation>Sauvegarder l&apos;enregistrement&#xa0;: VCD pour GTKWave, PulseView et sigrok&#xa0;; CSV avec chaque message</translation>
    </message>
    <message>
        <source>Save Recording</source>
        <translation>Sauvegarder l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Value Change Dump (*.vcd)</source>
        <translation>Value Change Dump (*.vcd)</translation>
    </message>
    <message>
        <source>Every event as CSV (*.csv)</source>
        <translation>Chaque événement en CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export Plot Image…</source>
        <translation>Exporter l&apos;image du graphique…</translation>
    </message>
    <message>
        <source>Save the visible plot as PNG or SVG</source>
        <translation>Enregistrer le graphique visible en PNG ou SVG</translation>
    </message>
    <message>
        <source>Export Plot</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom in (+, or the wheel)</source>
        <translation>Zoom avant (+, ou la molette)</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation>Zoom arrière (-)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Show the whole recording (F)</source>
        <translation>Afficher tout l&apos;enregistrement (F)</translation>
    </message>
    <message>
        <source>Follow Live</source>
        <translation>Suivre le direct</translation>
    </message>
    <message>
        <source>Keep now at the right edge while the circuit runs (End)</source>
        <translation>Garder maintenant au bord droit pendant l&apos;exécution du circuit (Fin)</translation>
    </message>
    <message>
        <source>Cursors</source>
        <translation>Curseurs</translation>
    </message>
    <message>
        <source>Two cursors that measure Δt and frequency (or click the time ruler)</source>
        <translation>Deux curseurs qui mesurent Δt et la fréquence (ou cliquez sur la règle du temps)</translation>
    </message>
    <message>
        <source>Back to Live Recording</source>
        <translation>Retour à l&apos;enregistrement en direct</translation>
    </message>
    <message>
        <source>Reviewing %1: %L2 events, nothing runs.</source>
        <translation>Examen de %1&#xa0;: %L2 événements, rien ne s&apos;exécute.</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <source>Saved the recording to %1</source>
        <translation>Enregistrement sauvegardé dans %1</translation>
    </message>
    <message>
        <source>Saved the plot to %1</source>
        <translation>Graphique enregistré dans %1</translation>
    </message>
    <message>
        <source>%L1 events</source>
        <translation>%L1 événements</translation>
    </message>
    <message>
        <source>%L1 dropped (cap %L2)</source>
        <translation>%L1 perdus (limite %L2)</translation>
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
        <translation>Composants</translation>
    </message>
    <message>
        <source>Mesh</source>
        <translation>Maillage</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspecteur</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Logic Analyzer</source>
        <translation>Analyseur logique</translation>
    </message>
    <message>
        <source>Sequence Chart</source>
        <translation>Diagramme de séquence</translation>
    </message>
    <message>
        <source>Ring Chat</source>
        <translation>Discussion en anneau</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Console</translation>
    </message>
    <message>
        <source>About Wirebench</source>
        <translation>À propos de Wirebench</translation>
    </message>
    <message>
        <source>&lt;b&gt;Wirebench %1&lt;/b&gt;&lt;p&gt;A circuit workbench whose components are real WebSocket nodes, compatible with the Python nodes of “Reactive Python” (2016).&lt;/p&gt;</source>
        <translation>&lt;b&gt;Wirebench %1&lt;/b&gt;&lt;p&gt;Un atelier de circuits dont les composants sont de vrais nœuds WebSocket, compatible avec les nœuds Python de «&#xa0;Reactive Python&#xa0;» (2016).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Non modifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 could not start: %2</source>
        <translation>%1 n&apos;a pas pu démarrer&#xa0;: %2</translation>
    </message>
    <message>
        <source>Wirebench</source>
        <translation>Wirebench</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>recording the buzzer&apos;s sound to %1</source>
        <translation>enregistrement du son du buzzer dans %1</translation>
    </message>
    <message>
        <source>cannot record: %1</source>
        <translation>enregistrement impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>sound recorded to %1</source>
        <translation>son enregistré dans %1</translation>
    </message>
    <message>
        <source>recording failed: %1</source>
        <translation>échec de l&apos;enregistrement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Record sound to</source>
        <translation>Enregistrer le son dans</translation>
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
        <translation>l&apos;enregistrement nomme «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>a local node of this circuit has that name; %1 is not shown</source>
        <translation>un nœud local de ce circuit porte ce nom&#xa0;; %1 n&apos;est pas affiché</translation>
    </message>
</context>
<context>
    <name>wb::MeshRuntime</name>
    <message>
        <source>the node is down</source>
        <translation>le nœud est hors service</translation>
    </message>
    <message>
        <source>the node is down (%1)</source>
        <translation>le nœud est hors service (%1)</translation>
    </message>
</context>
<context>
    <name>wb::MeshTableModel</name>
    <message>
        <source>Chosen by the system when the node starts (port 0, auto, in the file). Double-click to set one (1–65535).</source>
        <translation>Choisi par le système au démarrage du nœud (port 0, auto, dans le fichier). Double-cliquez pour en définir un (1–65535).</translation>
    </message>
    <message>
        <source>Double-click to change the port (1–65535); a running node restarts.</source>
        <translation>Double-cliquez pour changer le port (1–65535)&#xa0;; un nœud en cours d&apos;exécution redémarre.</translation>
    </message>
    <message>
        <source>Discovered in the registry: it comes and goes with its registration, is not saved in the file and cannot be edited here</source>
        <translation>Découvert dans le registre&#xa0;: il va et vient avec son enregistrement, n&apos;est pas enregistré dans le fichier et ne peut pas être modifié ici</translation>
    </message>
    <message>
        <source>%1: double-click to rename</source>
        <translation>%1&#xa0;: double-cliquez pour renommer</translation>
    </message>
    <message>
        <source>Round-trip time of the last acknowledged message</source>
        <translation>Temps d&apos;aller-retour du dernier message acquitté</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>Ping</source>
        <translation>Ping</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Reçus</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Envoyés</translation>
    </message>
    <message>
        <source>Ack</source>
        <translation>Acq.</translation>
    </message>
    <message>
        <source>RTT</source>
        <translation>RTT</translation>
    </message>
    <message>
        <source>Local (runs in this program), external (at an address) or discovered</source>
        <translation>Local (s&apos;exécute dans ce programme), externe (à une adresse) ou découvert</translation>
    </message>
    <message>
        <source>An external node&apos;s liveness (ping/pong): point at its mark for the details</source>
        <translation>L&apos;état de vie d&apos;un nœud externe (ping/pong)&#xa0;: pointez sa marque pour les détails</translation>
    </message>
    <message>
        <source>The last ping round trip of an external node</source>
        <translation>Le dernier aller-retour de ping d&apos;un nœud externe</translation>
    </message>
    <message>
        <source>Messages received (by a node that runs elsewhere: those sent to it)</source>
        <translation>Messages reçus (pour un nœud qui s&apos;exécute ailleurs&#xa0;: ceux qui lui sont envoyés)</translation>
    </message>
    <message>
        <source>Messages sent</source>
        <translation>Messages envoyés</translation>
    </message>
    <message>
        <source>The last acknowledgement the node received or sent</source>
        <translation>Le dernier acquittement que le nœud a reçu ou envoyé</translation>
    </message>
    <message>
        <source>local</source>
        <translation>local</translation>
    </message>
    <message>
        <source>discovered</source>
        <translation>découvert</translation>
    </message>
    <message>
        <source>external</source>
        <translation>externe</translation>
    </message>
    <message>
        <source>remote</source>
        <translation>distant</translation>
    </message>
</context>
<context>
    <name>wb::NetworkSecurity</name>
    <message>
        <source>%1: cannot create its folder</source>
        <translation>%1&#xa0;: impossible de créer son dossier</translation>
    </message>
    <message>
        <source>--token-file: choose a file</source>
        <translation>--token-file&#xa0;: choisissez un fichier</translation>
    </message>
    <message>
        <source>--tls-pin %1: with --tls-cert, connections pin that certificate (the nodes here connect to each other over wss); leave it out</source>
        <translation>--tls-pin %1&#xa0;: avec --tls-cert, les connexions épinglent ce certificat (les nœuds d&apos;ici se connectent entre eux en wss)&#xa0;; omettez-le</translation>
    </message>
    <message>
        <source>A certificate needs its key, and a key its certificate</source>
        <translation>Un certificat a besoin de sa clé, et une clé de son certificat</translation>
    </message>
    <message>
        <source>The token of WIREBENCH_TOKEN</source>
        <translation>Le jeton de WIREBENCH_TOKEN</translation>
    </message>
    <message>
        <source>Token file</source>
        <translation>Fichier de jeton</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Clé privée</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source> · open</source>
        <translation> · ouvert</translation>
    </message>
    <message>
        <source> · token</source>
        <translation> · jeton</translation>
    </message>
</context>
<context>
    <name>wb::NetworkSecurityControl</name>
    <message>
        <source>Network security for the next Run: %1</source>
        <translation>Sécurité réseau pour la prochaine exécution&#xa0;: %1</translation>
    </message>
    <message>
        <source>Network security: %1. LAN nodes refuse every client until it is fixed (Run ▸ Network Security…)</source>
        <translation>Sécurité réseau&#xa0;: %1. Les nœuds LAN refusent tous les clients tant que ce n&apos;est pas corrigé (Exécution ▸ Sécurité réseau…)</translation>
    </message>
    <message>
        <source>Cannot save the token: %1</source>
        <translation>Impossible d&apos;enregistrer le jeton&#xa0;: %1</translation>
    </message>
    <message>
        <source>Network security saved: it applies at the next Run (the running nodes keep theirs until the circuit stops)</source>
        <translation>Sécurité réseau enregistrée&#xa0;: elle s&apos;applique à la prochaine exécution (les nœuds en cours gardent la leur jusqu&apos;à l&apos;arrêt du circuit)</translation>
    </message>
    <message>
        <source>Network security: %1</source>
        <translation>Sécurité réseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>LAN nodes are open to anyone on the network</source>
        <translation>Les nœuds LAN sont ouverts à tous sur le réseau</translation>
    </message>
    <message>
        <source>LAN nodes require the token</source>
        <translation>Les nœuds LAN exigent le jeton</translation>
    </message>
    <message>
        <source>nodes serve wss (TLS)</source>
        <translation>les nœuds servent en wss (TLS)</translation>
    </message>
    <message>
        <source>connections use wss to the pinned certificate</source>
        <translation>les connexions utilisent wss vers le certificat épinglé</translation>
    </message>
</context>
<context>
    <name>wb::NetworkSecurityDialog</name>
    <message>
        <source>Network Security</source>
        <translation>Sécurité réseau</translation>
    </message>
    <message>
        <source>Nodes that listen on the network (LAN) can be reached by other machines. Nodes on 127.0.0.1 stay open to this computer&apos;s programs, as the seed&apos;s Python nodes expect.</source>
        <translation>Les nœuds qui écoutent sur le réseau (LAN) peuvent être atteints par d&apos;autres machines. Les nœuds sur 127.0.0.1 restent ouverts aux programmes de cet ordinateur, comme l&apos;attendent les nœuds Python de l&apos;exemple.</translation>
    </message>
    <message>
        <source>This run uses the command line&apos;s --token-file, --tls-… options (or WIREBENCH_TOKEN) where given; what you save here applies where they are not, and from the next start.</source>
        <translation>Cette exécution utilise les options --token-file, --tls-… de la ligne de commande (ou WIREBENCH_TOKEN) quand elles sont données&#xa0;; ce que vous enregistrez ici s&apos;applique ailleurs, et à partir du prochain démarrage.</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <source>&amp;Require a token from clients of LAN nodes</source>
        <translation>&amp;Exiger un jeton des clients des nœuds LAN</translation>
    </message>
    <message>
        <source>Clients send it as &quot;Authorization: Bearer TOKEN&quot; or &quot;?token=TOKEN&quot;; the nodes of this workbench send it to the nodes they connect to</source>
        <translation>Les clients l&apos;envoient sous la forme «&#xa0;Authorization: Bearer TOKEN&#xa0;» ou «&#xa0;?token=TOKEN&#xa0;»&#xa0;; les nœuds de cet atelier l&apos;envoient aux nœuds auxquels ils se connectent</translation>
    </message>
    <message>
        <source>&amp;Generated:</source>
        <translation>&amp;Généré&#xa0;:</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the token, to give it to the other machines&apos; peers</source>
        <translation>Copier le jeton, pour le donner aux pairs des autres machines</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>A fresh random token (256 bits); clients with the old one are refused from the next Run</source>
        <translation>Un nouveau jeton aléatoire (256 bits)&#xa0;; les clients qui ont l&apos;ancien sont refusés à partir de la prochaine exécution</translation>
    </message>
    <message>
        <source>From a &amp;file:</source>
        <translation>Depuis un &amp;fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Its first line: at least 32 characters</source>
        <translation>Sa première ligne&#xa0;: au moins 32 caractères</translation>
    </message>
    <message>
        <source>Token File</source>
        <translation>Fichier de jeton</translation>
    </message>
    <message>
        <source>Peers send it as &quot;Authorization: Bearer TOKEN&quot; (Python: websockets.connect(url, extra_headers=...)) or ?token=TOKEN; see docs/security.md.</source>
        <translation>Les pairs l&apos;envoient sous la forme «&#xa0;Authorization: Bearer TOKEN&#xa0;» (Python&#xa0;: websockets.connect(url, extra_headers=...)) ou&#xa0;?token=TOKEN&#xa0;; voir docs/security.md.</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>TLS (wss)</source>
        <translation>TLS (wss)</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
        <translation>Fichiers PEM (*.pem *.crt *.key);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>None: nodes serve plain ws://</source>
        <translation>Aucun&#xa0;: les nœuds servent en ws:// simple</translation>
    </message>
    <message>
        <source>Ce&amp;rtificate:</source>
        <translation>Ce&amp;rtificat&#xa0;:</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>The certificate&apos;s unencrypted RSA or EC key</source>
        <translation>La clé RSA ou EC non chiffrée du certificat</translation>
    </message>
    <message>
        <source>Private &amp;key:</source>
        <translation>Clé pri&amp;vée&#xa0;:</translation>
    </message>
    <message>
        <source>Private Key</source>
        <translation>Clé privée</translation>
    </message>
    <message>
        <source>SHA-256 of this certificate: pin it on the machines that connect to these nodes</source>
        <translation>SHA-256 de ce certificat&#xa0;: épinglez-le sur les machines qui se connectent à ces nœuds</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Cop&amp;ier</translation>
    </message>
    <message>
        <source>Its fingerprint:</source>
        <translation>Son empreinte&#xa0;:</translation>
    </message>
    <message>
        <source>None: connections use plain ws:// (with a certificate: its fingerprint)</source>
        <translation>Aucun&#xa0;: les connexions utilisent ws:// simple (avec un certificat&#xa0;: son empreinte)</translation>
    </message>
    <message>
        <source>Every connection these nodes open then speaks wss and accepts only the certificate of this SHA-256 fingerprint (64 hex digits, colons allowed: openssl x509 -noout -fingerprint -sha256)</source>
        <translation>Toute connexion que ces nœuds ouvrent parle alors wss et n&apos;accepte que le certificat de cette empreinte SHA-256 (64 chiffres hexadécimaux, deux-points autorisés&#xa0;: openssl x509 -noout -fingerprint -sha256)</translation>
    </message>
    <message>
        <source>&amp;Pin for connections:</source>
        <translation>É&amp;pingler pour les connexions&#xa0;:</translation>
    </message>
    <message>
        <source>A certificate makes every node here serve wss, those on 127.0.0.1 too: plain ws:// peers (the seed&apos;s Python nodes) then need wss and the pin.</source>
        <translation>Un certificat fait servir wss à tous les nœuds d&apos;ici, ceux sur 127.0.0.1 aussi&#xa0;: les pairs en ws:// simple (les nœuds Python de l&apos;exemple) ont alors besoin de wss et de l&apos;empreinte épinglée.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>No certificate</source>
        <translation>Aucun certificat</translation>
    </message>
    <message>
        <source>No PEM certificate in that file</source>
        <translation>Aucun certificat PEM dans ce fichier</translation>
    </message>
</context>
<context>
    <name>wb::NetworkSecurityWarning</name>
    <message>
        <source>⚠ LAN nodes refuse every client</source>
        <translation>⚠ Les nœuds LAN refusent tous les clients</translation>
    </message>
</context>
<context>
    <name>wb::NodeRegistration</name>
    <message>
        <source>another node</source>
        <translation>un autre nœud</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; is taken: %2 holds it in the registry; choose another name</source>
        <translation>le nom «&#xa0;%1&#xa0;» est pris&#xa0;: %2 le détient dans le registre&#xa0;; choisissez un autre nom</translation>
    </message>
</context>
<context>
    <name>wb::PaletteWidget</name>
    <message>
        <source>Drag a component onto the canvas, or press Enter to place it</source>
        <translation>Faites glisser un composant sur le canevas, ou appuyez sur Entrée pour le placer</translation>
    </message>
    <message>
        <source>Ticks at a steady pace</source>
        <translation>Émet des tics à un rythme régulier</translation>
    </message>
    <message>
        <source>Random bits on each tick</source>
        <translation>Des bits aléatoires à chaque tic</translation>
    </message>
    <message>
        <source>Buzzes on 1, quiet on 0</source>
        <translation>Sonne sur 1, silencieux sur 0</translation>
    </message>
    <message>
        <source>Lights on 1, dark on 0</source>
        <translation>Allumée sur 1, éteinte sur 0</translation>
    </message>
    <message>
        <source>Relays messages and their acks</source>
        <translation>Relaie les messages et leurs acquittements</translation>
    </message>
    <message>
        <source>Chats round a ring that heals</source>
        <translation>Discute autour d&apos;un anneau qui se répare</translation>
    </message>
    <message>
        <source>Sends the lines you type</source>
        <translation>Envoie les lignes que vous tapez</translation>
    </message>
    <message>
        <source>Holds messages in order, up to its capacity</source>
        <translation>Garde les messages dans l&apos;ordre, jusqu&apos;à sa capacité</translation>
    </message>
    <message>
        <source>Takes its time over each message</source>
        <translation>Prend son temps pour chaque message</translation>
    </message>
    <message>
        <source>Shows the lines it receives</source>
        <translation>Affiche les lignes qu&apos;elle reçoit</translation>
    </message>
    <message>
        <source>Runs a sketch you write in JavaScript</source>
        <translation>Exécute un croquis que vous écrivez en JavaScript</translation>
    </message>
    <message>
        <source>A node elsewhere, by address</source>
        <translation>Un nœud ailleurs, par son adresse</translation>
    </message>
</context>
<context>
    <name>wb::PeerWatch</name>
    <message>
        <source>no handshake within %1 s</source>
        <translation>pas de négociation en %1 s</translation>
    </message>
    <message>
        <source>no pong within %1 s</source>
        <translation>pas de pong en %1 s</translation>
    </message>
</context>
<context>
    <name>wb::Recording</name>
    <message>
        <source>not a Wirebench recording (expected the header %1)</source>
        <translation>pas un enregistrement Wirebench (en-tête %1 attendu)</translation>
    </message>
    <message>
        <source>the column %1 is missing</source>
        <translation>la colonne %1 manque</translation>
    </message>
    <message>
        <source>line %1: %2 fields, expected %3</source>
        <translation>ligne %1&#xa0;: %2 champs, %3 attendus</translation>
    </message>
    <message>
        <source>line %1: unreadable time %2</source>
        <translation>ligne %1&#xa0;: heure illisible %2</translation>
    </message>
    <message>
        <source>line %1: a fill is a whole number of its capacity, not %2 of %3</source>
        <translation>ligne %1&#xa0;: un remplissage est un nombre entier de sa capacité, pas %2 sur %3</translation>
    </message>
    <message>
        <source>line %1: unknown event %2</source>
        <translation>ligne %1&#xa0;: événement inconnu %2</translation>
    </message>
    <message>
        <source>%1: a recording is saved as .vcd or .csv</source>
        <translation>%1&#xa0;: un enregistrement se sauvegarde en .vcd ou .csv</translation>
    </message>
    <message>
        <source>%1: a recording is a .vcd or .csv file</source>
        <translation>%1&#xa0;: un enregistrement est un fichier .vcd ou .csv</translation>
    </message>
    <message>
        <source>a VCD timescale is 1, 10 or 100 of s, ms, us or ns</source>
        <translation>une échelle de temps VCD vaut 1, 10 ou 100 de s, ms, us ou ns</translation>
    </message>
    <message>
        <source>unreadable time %1</source>
        <translation>heure illisible %1</translation>
    </message>
    <message>
        <source>a value without its variable at the end</source>
        <translation>une valeur sans sa variable à la fin</translation>
    </message>
    <message>
        <source>unexpected %1</source>
        <translation>%1 inattendu</translation>
    </message>
</context>
<context>
    <name>wb::RegistryClient</name>
    <message>
        <source>registry %1: not an etcd answer (%2)</source>
        <translation>registre %1&#xa0;: pas une réponse etcd (%2)</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>pas de réponse en %1 s</translation>
    </message>
    <message>
        <source>registry %1: %2</source>
        <translation>registre %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>wb::RegistryWatch</name>
    <message>
        <source>registry %1: the watch ended</source>
        <translation>registre %1&#xa0;: la surveillance a pris fin</translation>
    </message>
</context>
<context>
    <name>wb::ReplayBar</name>
    <message>
        <source>Replay</source>
        <translation>Relecture</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Lire</translation>
    </message>
    <message>
        <source>Play the recording at the chosen speed</source>
        <translation>Lire l&apos;enregistrement à la vitesse choisie</translation>
    </message>
    <message>
        <source>The moment of the recording shown (Left, Right, Page Up, Page Down, Home, End)</source>
        <translation>Le moment de l&apos;enregistrement affiché (Gauche, Droite, Page préc., Page suiv., Début, Fin)</translation>
    </message>
    <message>
        <source>Real time</source>
        <translation>Temps réel</translation>
    </message>
    <message>
        <source>How fast Play moves through the recording</source>
        <translation>À quelle vitesse Lire parcourt l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Back to Live</source>
        <translation>Retour au direct</translation>
    </message>
    <message>
        <source>End the replay: the canvas, the chart and the analyzer show the circuit&apos;s own run again</source>
        <translation>Terminer la relecture&#xa0;: le canevas, le diagramme et l&apos;analyseur montrent de nouveau l&apos;exécution du circuit lui-même</translation>
    </message>
    <message>
        <source>Replaying &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Relecture de &lt;b&gt;%1&lt;/b&gt;</translation>
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
        <translation>Relecture de %1&#xa0;: le circuit ouvert ne correspond pas à l&apos;enregistrement (il n&apos;a aucun de ses nœuds)&#xa0;: ouvrez le circuit à partir duquel il a été enregistré pour le voir sur le canevas</translation>
    </message>
    <message>
        <source>Replaying %1: the open circuit does not match the recording: it has no node named %2</source>
        <translation>Relecture de %1&#xa0;: le circuit ouvert ne correspond pas à l&apos;enregistrement&#xa0;: il n&apos;a pas de nœud nommé %2</translation>
    </message>
    <message>
        <source>Replaying %1: move the slider or press Play</source>
        <translation>Relecture de %1&#xa0;: déplacez le curseur ou appuyez sur Lire</translation>
    </message>
    <message>
        <source>Back to live: the canvas shows the circuit&apos;s own run</source>
        <translation>Retour au direct&#xa0;: le canevas montre l&apos;exécution du circuit lui-même</translation>
    </message>
    <message>
        <source>⚠ Not in the open circuit: %1</source>
        <translation>⚠ Absent du circuit ouvert&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>wb::ReportDialog</name>
    <message>
        <source>The whole run</source>
        <translation>Toute l&apos;exécution</translation>
    </message>
    <message>
        <source>Export Lab Report</source>
        <translation>Exporter le compte rendu de TP</translation>
    </message>
    <message>
        <source>What you saw, what you measured, your answers…</source>
        <translation>Ce que vous avez vu, ce que vous avez mesuré, vos réponses…</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>or from</source>
        <translation>ou de</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>&amp;Student:</source>
        <translation>&amp;Élève&#xa0;:</translation>
    </message>
    <message>
        <source>Sequence chart:</source>
        <translation>Diagramme de séquence&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>E&amp;xporter en PDF…</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>réussie</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échouée</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>Wrote the lab report to %1</source>
        <translation>Compte rendu de TP écrit dans %1</translation>
    </message>
    <message>
        <source>The lab report was not written: %1</source>
        <translation>Le compte rendu de TP n&apos;a pas été écrit&#xa0;: %1</translation>
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
        <translation>Ce membre seulement</translation>
    </message>
    <message>
        <source>Say</source>
        <translation>Dire</translation>
    </message>
    <message>
        <source>The member that says your line; selecting a ring node on the canvas picks it too</source>
        <translation>Le membre qui dit votre ligne&#xa0;; sélectionner un nœud d&apos;anneau sur le canevas le choisit aussi</translation>
    </message>
    <message>
        <source>Show what the picked member sees, not every member&apos;s events</source>
        <translation>Afficher ce que voit le membre choisi, pas les événements de tous les membres</translation>
    </message>
    <message>
        <source>Clear the chat</source>
        <translation>Effacer la discussion</translation>
    </message>
    <message>
        <source>Say something round the ring, then Enter</source>
        <translation>Dites quelque chose autour de l&apos;anneau, puis Entrée</translation>
    </message>
    <message>
        <source>Send the line round the ring from the picked member (Enter)</source>
        <translation>Envoyer la ligne autour de l&apos;anneau depuis le membre choisi (Entrée)</translation>
    </message>
    <message>
        <source>There is no ring node to say it: Insert ▸ Ring of N… places a ring.</source>
        <translation>Il n&apos;y a pas de nœud d&apos;anneau pour le dire&#xa0;: Insertion ▸ Anneau de N… place un anneau.</translation>
    </message>
    <message>
        <source>%1 has crashed: restart it (its menu on the canvas) to say anything there.</source>
        <translation>%1 a planté&#xa0;: redémarrez-le (son menu sur le canevas) pour y dire quelque chose.</translation>
    </message>
    <message>
        <source>%1 hangs: wake it up (its menu on the canvas) to say anything there.</source>
        <translation>%1 est bloqué&#xa0;: réveillez-le (son menu sur le canevas) pour y dire quelque chose.</translation>
    </message>
    <message>
        <source>%1 is leaving the ring: it stops.</source>
        <translation>%1 quitte l&apos;anneau&#xa0;: il s&apos;arrête.</translation>
    </message>
    <message>
        <source>%1 does not run: Run (F5) starts the circuit, or Start in its inspector.</source>
        <translation>%1 ne s&apos;exécute pas&#xa0;: Lancer (F5) démarre le circuit, ou Démarrer dans son inspecteur.</translation>
    </message>
    <message>
        <source>%1 could not start: %2</source>
        <translation>%1 n&apos;a pas pu démarrer&#xa0;: %2</translation>
    </message>
    <message>
        <source>A chat line has at most %L1 characters; this one has %L2.</source>
        <translation>Une ligne de discussion compte au plus %L1 caractères&#xa0;; celle-ci en a %L2.</translation>
    </message>
    <message>
        <source>%1 did not take the line (is it a ring member that runs?).</source>
        <translation>%1 n&apos;a pas pris la ligne (est-ce un membre d&apos;anneau qui s&apos;exécute&#xa0;?).</translation>
    </message>
    <message>
        <source>no ring node</source>
        <translation>aucun nœud d&apos;anneau</translation>
    </message>
    <message>
        <source>Insert ▸ Ring of N… places a ring to chat on</source>
        <translation>Insertion ▸ Anneau de N… place un anneau où discuter</translation>
    </message>
</context>
<context>
    <name>wb::RingInsertion</name>
    <message>
        <source>Insert a Ring</source>
        <translation>Insérer un anneau</translation>
    </message>
    <message>
        <source>Ring members (each wired to the next; keys spread evenly):</source>
        <translation>Membres de l&apos;anneau (chacun relié au suivant&#xa0;; clés réparties uniformément)&#xa0;:</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Insérer</translation>
    </message>
    <message numerus="yes">
        <source>Inserted a ring of %n: Run (F5) starts it, the Ring Chat talks to it.</source>
        <translation>
            <numerusform>Anneau de %n inséré&#xa0;: Lancer (F5) le démarre, la Discussion en anneau lui parle.</numerusform>
            <numerusform>Anneau de %n inséré&#xa0;: Lancer (F5) le démarre, la Discussion en anneau lui parle.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wb::RunControl</name>
    <message>
        <source>Nothing is in flight to step</source>
        <translation>Rien n&apos;est en transit à faire avancer</translation>
    </message>
</context>
<context>
    <name>wb::RunStatus</name>
    <message>
        <source>Run ▸ Pause (Space) holds every message where it is, Run ▸ Step (N) delivers one; teaching pace slows every hop down</source>
        <translation>Exécution ▸ Pause (Espace) retient chaque message où il est, Exécution ▸ Pas à pas (N) en livre un&#xa0;; le rythme d&apos;enseignement ralentit chaque saut</translation>
    </message>
    <message>
        <source>Messages sent over all wires, acknowledged, and failed</source>
        <translation>Messages envoyés sur tous les fils, acquittés et en échec</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Teaching pace %1</source>
        <translation>Rythme d&apos;enseignement %1</translation>
    </message>
    <message>
        <source>1 message in flight</source>
        <translation>1 message en transit</translation>
    </message>
    <message>
        <source>%1 messages in flight</source>
        <translation>%1 messages en transit</translation>
    </message>
    <message>
        <source>nothing in flight</source>
        <translation>rien en transit</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>Running · 1 node</source>
        <translation>En cours · 1 nœud</translation>
    </message>
    <message>
        <source>Running · %1 nodes</source>
        <translation>En cours · %1 nœuds</translation>
    </message>
    <message>
        <source> · 1 error</source>
        <translation> · 1 erreur</translation>
    </message>
    <message>
        <source> · %1 errors</source>
        <translation> · %1 erreurs</translation>
    </message>
    <message>
        <source>%1 sent · %2 acked</source>
        <translation>%1 envoyés · %2 acquittés</translation>
    </message>
    <message>
        <source> · %1 failed</source>
        <translation> · %1 en échec</translation>
    </message>
</context>
<context>
    <name>wb::ScriptControl</name>
    <message>
        <source>A script node whose sketch starts as the template “%1”</source>
        <translation>Un nœud script dont le croquis commence comme le modèle «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Export as Python</source>
        <translation>Exporter en Python</translation>
    </message>
    <message>
        <source>Python sketch (*.py)</source>
        <translation>Croquis Python (*.py)</translation>
    </message>
    <message>
        <source>Add %1 script</source>
        <translation>Ajouter le script %1</translation>
    </message>
    <message>
        <source>Placed a script node from the template “%1”: double-click it to edit the sketch</source>
        <translation>Nœud script placé à partir du modèle «&#xa0;%1&#xa0;»&#xa0;: double-cliquez dessus pour modifier le croquis</translation>
    </message>
    <message>
        <source>Export %1 as &amp;Python…</source>
        <translation>Exporter %1 en P&amp;ython…</translation>
    </message>
    <message>
        <source>Export as &amp;Python…</source>
        <translation>Exporter en P&amp;ython…</translation>
    </message>
    <message>
        <source>Select one node to export it as Python</source>
        <translation>Sélectionnez un seul nœud pour l&apos;exporter en Python</translation>
    </message>
    <message>
        <source>%1 cannot be exported as Python.</source>
        <translation>%1 ne peut pas être exporté en Python.</translation>
    </message>
    <message>
        <source>Exported %1 as Python to %2: run it with python3</source>
        <translation>%1 exporté en Python dans %2&#xa0;: exécutez-le avec python3</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>Impossible d&apos;écrire %1</translation>
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
        <translation>Revenir</translation>
    </message>
    <message>
        <source>Drop the changes: the node&apos;s sketch as the document has it</source>
        <translation>Abandonner les modifications&#xa0;: revenir au croquis du nœud tel que le document l&apos;a</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Write the sketch to the node (Ctrl+S in the editor): a running node reloads it without stopping; Undo takes it back</source>
        <translation>Écrire le croquis dans le nœud (Ctrl+S dans l&apos;éditeur)&#xa0;: un nœud en cours d&apos;exécution le recharge sans s&apos;arrêter&#xa0;; Annuler le reprend</translation>
    </message>
    <message>
        <source>Double-click a script node&apos;s card, or select one, to edit its sketch here.</source>
        <translation>Double-cliquez sur la carte d&apos;un nœud script, ou sélectionnez-en un, pour modifier son croquis ici.</translation>
    </message>
    <message>
        <source>Applied the sketch to %1: it reloads while running</source>
        <translation>Croquis appliqué à %1&#xa0;: il se recharge en cours d&apos;exécution</translation>
    </message>
    <message>
        <source>Applied the sketch to %1</source>
        <translation>Croquis appliqué à %1</translation>
    </message>
    <message>
        <source>Script — %1 (modified)</source>
        <translation>Script — %1 (modifié)</translation>
    </message>
    <message>
        <source>Script — %1</source>
        <translation>Script — %1</translation>
    </message>
    <message>
        <source>No script node</source>
        <translation>Aucun nœud script</translation>
    </message>
    <message>
        <source>Syntax error, %1</source>
        <translation>Erreur de syntaxe, %1</translation>
    </message>
    <message>
        <source>The running node: %1</source>
        <translation>Le nœud en cours d&apos;exécution&#xa0;: %1</translation>
    </message>
    <message>
        <source>No syntax errors</source>
        <translation>Aucune erreur de syntaxe</translation>
    </message>
    <message>
        <source>No errors · running version %1</source>
        <translation>Aucune erreur · version en cours %1</translation>
    </message>
    <message>
        <source>Unapplied sketch</source>
        <translation>Croquis non appliqué</translation>
    </message>
    <message>
        <source>Apply the changes to the sketch of “%1”?</source>
        <translation>Appliquer les modifications au croquis de «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>The edits in the Script dock are not in the node yet.</source>
        <translation>Les modifications du panneau Script ne sont pas encore dans le nœud.</translation>
    </message>
</context>
<context>
    <name>wb::SeedField</name>
    <message>
        <source>random each run</source>
        <translation>aléatoire à chaque exécution</translation>
    </message>
    <message>
        <source>The fault rules&apos; random choices follow from the seed: the same seed drops, copies and delays the same messages again</source>
        <translation>Les choix aléatoires des règles de panne découlent de la graine&#xa0;: la même graine perd, copie et retarde de nouveau les mêmes messages</translation>
    </message>
    <message>
        <source>Run seed</source>
        <translation>Graine d&apos;exécution</translation>
    </message>
</context>
<context>
    <name>wb::SelectionEdits</name>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n node(s).</source>
        <translation>
            <numerusform>%n nœud copié.</numerusform>
            <numerusform>%n nœuds copiés.</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard holds no circuit to paste.</source>
        <translation>Le presse-papiers ne contient aucun circuit à coller.</translation>
    </message>
</context>
<context>
    <name>wb::SequenceChart</name>
    <message>
        <source>Zoom In</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom in (+, or Ctrl+wheel)</source>
        <translation>Zoom avant (+, ou Ctrl+molette)</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation>Zoom arrière (-)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Show the whole recording (F)</source>
        <translation>Afficher tout l&apos;enregistrement (F)</translation>
    </message>
    <message>
        <source>Follow Live</source>
        <translation>Suivre le direct</translation>
    </message>
    <message>
        <source>Keep the newest message at the bottom while the circuit runs (End)</source>
        <translation>Garder le message le plus récent en bas pendant l&apos;exécution du circuit (Fin)</translation>
    </message>
    <message>
        <source>Compress idle</source>
        <translation>Compacter les creux</translation>
    </message>
    <message>
        <source>Draw a quiet time longer than the threshold as a short marked break</source>
        <translation>Dessiner un temps calme plus long que le seuil comme une courte coupure marquée</translation>
    </message>
    <message>
        <source>Idle time longer than this becomes a break</source>
        <translation>Un creux plus long que ceci devient une coupure</translation>
    </message>
    <message>
        <source>Lifelines</source>
        <translation>Lignes de vie</translation>
    </message>
    <message>
        <source>Show, hide and order the lifelines (or right-click a lane&apos;s name)</source>
        <translation>Afficher, masquer et ordonner les lignes de vie (ou clic droit sur le nom d&apos;une ligne)</translation>
    </message>
    <message>
        <source>Export Visible Range…</source>
        <translation>Exporter la plage visible…</translation>
    </message>
    <message>
        <source>Export Selected Message…</source>
        <translation>Exporter le message sélectionné…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Export the chart as PNG, SVG, PlantUML or Mermaid</source>
        <translation>Exporter le diagramme en PNG, SVG, PlantUML ou Mermaid</translation>
    </message>
    <message>
        <source>Export Visible Range</source>
        <translation>Exporter la plage visible</translation>
    </message>
    <message>
        <source>Export Message</source>
        <translation>Exporter le message</translation>
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
        <translation>Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>%1: no message is selected (click an arrow)</source>
        <translation>%1&#xa0;: aucun message n&apos;est sélectionné (cliquez sur une flèche)</translation>
    </message>
    <message>
        <source>%1: the chart is exported as .png, .svg, .puml (PlantUML) or .mmd (Mermaid)</source>
        <translation>%1&#xa0;: le diagramme s&apos;exporte en .png, .svg, .puml (PlantUML) ou .mmd (Mermaid)</translation>
    </message>
    <message>
        <source>Saved the chart to %1</source>
        <translation>Diagramme enregistré dans %1</translation>
    </message>
    <message>
        <source>Wirebench message sequence chart</source>
        <translation>Diagramme de séquence des messages Wirebench</translation>
    </message>
</context>
<context>
    <name>wb::SpeedControl</name>
    <message>
        <source>Teaching pace</source>
        <translation>Rythme d&apos;enseignement</translation>
    </message>
    <message>
        <source>Teaching pace: every hop takes a while, at the slider&apos;s speed. Off: real time.</source>
        <translation>Rythme d&apos;enseignement&#xa0;: chaque saut prend un moment, à la vitesse du curseur. Désactivé&#xa0;: temps réel.</translation>
    </message>
    <message>
        <source>Speed of the teaching pace, 0.05× to 4×</source>
        <translation>Vitesse du rythme d&apos;enseignement, de 0,05× à 4×</translation>
    </message>
</context>
<context>
    <name>wb::StartPage</name>
    <message>
        <source>Show this page when Wirebench starts</source>
        <translation>Afficher cette page au démarrage de Wirebench</translation>
    </message>
    <message>
        <source>Welcome to Wirebench</source>
        <translation>Bienvenue dans Wirebench</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Wirebench&lt;/h2&gt;&lt;p&gt;Every component on the canvas is a real WebSocket node. Open a recent circuit, start from an example, or follow a lesson: each comes with a circuit, steps, questions and checks that judge your run.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Wirebench&lt;/h2&gt;&lt;p&gt;Chaque composant du canevas est un vrai nœud WebSocket. Ouvrez un circuit récent, partez d&apos;un exemple ou suivez une leçon&#xa0;: chacune est livrée avec un circuit, des étapes, des questions et des vérifications qui jugent votre exécution.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent files&lt;/b&gt;</source>
        <translation>&lt;b&gt;Fichiers récents&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Examples&lt;/b&gt;</source>
        <translation>&lt;b&gt;Exemples&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lessons&lt;/b&gt;</source>
        <translation>&lt;b&gt;Leçons&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Open Lesson Folder…</source>
        <translation>Ouvrir un dossier de leçon…</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(aucun pour l&apos;instant)</translation>
    </message>
</context>
<context>
    <name>wb::TeacherMode</name>
    <message>
        <source>teacher mode is on: the circuit is locked. Run, pause, step and inspect it; the teacher leaves teacher mode in View ▸ Teacher Mode.</source>
        <translation>le mode enseignant est activé&#xa0;: le circuit est verrouillé. Lancez-le, mettez-le en pause, avancez pas à pas et inspectez-le&#xa0;; l&apos;enseignant quitte le mode enseignant dans Affichage ▸ Mode enseignant.</translation>
    </message>
    <message>
        <source>Teacher mode: editing is locked; run, pause, step and inspect stay.</source>
        <translation>Mode enseignant&#xa0;: la modification est verrouillée&#xa0;; lancer, mettre en pause, avancer pas à pas et inspecter restent possibles.</translation>
    </message>
    <message>
        <source>Wrong passphrase: teacher mode stays on.</source>
        <translation>Phrase secrète incorrecte&#xa0;: le mode enseignant reste activé.</translation>
    </message>
    <message>
        <source>Teacher mode is off: the circuit can be edited.</source>
        <translation>Le mode enseignant est désactivé&#xa0;: le circuit peut être modifié.</translation>
    </message>
    <message>
        <source>Locked: %1</source>
        <translation>Verrouillé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Teacher Mode</source>
        <translation>Mode enseignant</translation>
    </message>
    <message>
        <source>Teacher mode locks editing: students run, pause, step and inspect the circuit but cannot change it. A passphrase (optional) is asked for to leave it.</source>
        <translation>Le mode enseignant verrouille la modification&#xa0;: les élèves lancent, mettent en pause, avancent pas à pas et inspectent le circuit mais ne peuvent pas le changer. Une phrase secrète (facultative) est demandée pour le quitter.</translation>
    </message>
    <message>
        <source>none: leaving is one click</source>
        <translation>aucune&#xa0;: un clic suffit pour quitter</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>Leave Teacher Mode</source>
        <translation>Quitter le mode enseignant</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Phrase secrète&#xa0;:</translation>
    </message>
</context>
<context>
    <name>wb::TonePlayer</name>
    <message>
        <source>no audio output device: the buzzer is silent</source>
        <translation>aucun périphérique de sortie audio&#xa0;: le buzzer est muet</translation>
    </message>
    <message>
        <source>the audio output failed (error %1): the buzzer is silent</source>
        <translation>la sortie audio a échoué (erreur %1)&#xa0;: le buzzer est muet</translation>
    </message>
</context>
<context>
    <name>wb::TracePainter</name>
    <message>
        <source>capacity %L1</source>
        <translation>capacité %L1</translation>
    </message>
    <message>
        <source>%L1 events here: zoom in to read them</source>
        <translation>%L1 événements ici&#xa0;: zoomez pour les lire</translation>
    </message>
    <message>
        <source>%L1 older events dropped (cap %L2)</source>
        <translation>%L1 événements anciens perdus (limite %L2)</translation>
    </message>
</context>
<context>
    <name>wb::TraceRowModel</name>
    <message>
        <source>high while a tick waits</source>
        <translation>haut tant qu&apos;un tic attend</translation>
    </message>
    <message>
        <source>the bits it sends</source>
        <translation>les bits qu&apos;il envoie</translation>
    </message>
    <message>
        <source>on</source>
        <translation>allumée</translation>
    </message>
    <message>
        <source>buzzing</source>
        <translation>sonne</translation>
    </message>
    <message>
        <source>items waiting</source>
        <translation>éléments en attente</translation>
    </message>
    <message>
        <source>level</source>
        <translation>niveau</translation>
    </message>
</context>
<context>
    <name>wb::TraceView</name>
    <message>
        <source>Nothing recorded yet. Run the circuit: every clock tick, pin bit, LED and buzzer state, queue fill and every message appears here as it happens.</source>
        <translation>Rien d&apos;enregistré pour l&apos;instant. Lancez le circuit&#xa0;: chaque tic d&apos;horloge, bit de broche, état de LED et de buzzer, remplissage de file et chaque message apparaît ici au moment où il se produit.</translation>
    </message>
    <message>
        <source>This recording holds no signals.</source>
        <translation>Cet enregistrement ne contient aucun signal.</translation>
    </message>
</context>
<context>
    <name>wb::UserGuide</name>
    <message>
        <source>Wirebench User Guide</source>
        <translation>Guide de l&apos;utilisateur de Wirebench</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>Find in page (Ctrl+F)</source>
        <translation>Rechercher dans la page (Ctrl+F)</translation>
    </message>
    <message>
        <source>from the top</source>
        <translation>depuis le début</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>introuvable</translation>
    </message>
</context>
<context>
    <name>wb::WavWriter</name>
    <message>
        <source>cannot complete the header: %1</source>
        <translation>impossible de compléter l&apos;en-tête&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>wb::WindowActions</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>Start an empty circuit</source>
        <translation>Commencer un circuit vide</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open a circuit file</source>
        <translation>Ouvrir un fichier de circuit</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the circuit</source>
        <translation>Enregistrer le circuit</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>Save the circuit to a new file</source>
        <translation>Enregistrer le circuit dans un nouveau fichier</translation>
    </message>
    <message>
        <source>&amp;Record Sound to WAV…</source>
        <translation>Enregistrer le son en &amp;WAV…</translation>
    </message>
    <message>
        <source>Write what the buzzers play to a WAV file, until unchecked</source>
        <translation>Écrire ce que jouent les buzzers dans un fichier WAV, jusqu&apos;à ce que ce soit décoché</translation>
    </message>
    <message>
        <source>Export as &amp;Python…</source>
        <translation>Exporter en P&amp;ython…</translation>
    </message>
    <message>
        <source>Write the selected node as a Python sketch that runs against the workbench</source>
        <translation>Écrire le nœud sélectionné sous forme de croquis Python qui s&apos;exécute face à l&apos;atelier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Quit Wirebench</source>
        <translation>Quitter Wirebench</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>Cut the selected nodes</source>
        <translation>Couper les nœuds sélectionnés</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the selected nodes</source>
        <translation>Copier les nœuds sélectionnés</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>Paste nodes</source>
        <translation>Coller des nœuds</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected nodes</source>
        <translation>Supprimer les nœuds sélectionnés</translation>
    </message>
    <message>
        <source>Ring of &amp;N…</source>
        <translation>Anneau de &amp;N…</translation>
    </message>
    <message>
        <source>Ring nodes on a circle, each wired to the next (Ctrl+Shift+R)</source>
        <translation>Des nœuds d&apos;anneau sur un cercle, chacun relié au suivant (Ctrl+Maj+R)</translation>
    </message>
    <message>
        <source>&amp;Default Sketch</source>
        <translation>Croquis par &amp;défaut</translation>
    </message>
    <message>
        <source>&amp;Run All</source>
        <translation>Tout &amp;lancer</translation>
    </message>
    <message>
        <source>Start every local node&apos;s server and the clocks (F5)</source>
        <translation>Démarrer le serveur de chaque nœud local et les horloges (F5)</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lancer</translation>
    </message>
    <message>
        <source>&amp;Stop All</source>
        <translation>Tout a&amp;rrêter</translation>
    </message>
    <message>
        <source>Stop every node (Shift+F5)</source>
        <translation>Arrêter tous les nœuds (Maj+F5)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Start &amp;Selected Nodes</source>
        <translation>Démarrer les nœuds sélectio&amp;nnés</translation>
    </message>
    <message>
        <source>Start the selected nodes only</source>
        <translation>Démarrer uniquement les nœuds sélectionnés</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Stop S&amp;elected Nodes</source>
        <translation>Arrêter les nœuds sélecti&amp;onnés</translation>
    </message>
    <message>
        <source>Stop the selected nodes only</source>
        <translation>Arrêter uniquement les nœuds sélectionnés</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Hold every message where it is; again to go on (Space)</source>
        <translation>Retenir chaque message où il est&#xa0;; de nouveau pour continuer (Espace)</translation>
    </message>
    <message>
        <source>S&amp;tep</source>
        <translation>Pa&amp;s à pas</translation>
    </message>
    <message>
        <source>Deliver the message that waits longest, one hop (N or Right)</source>
        <translation>Livrer le message qui attend depuis le plus longtemps, d&apos;un saut (N ou Droite)</translation>
    </message>
    <message>
        <source>&amp;Real Time</source>
        <translation>&amp;Temps réel</translation>
    </message>
    <message>
        <source>Messages travel as fast as the sockets carry them</source>
        <translation>Les messages voyagent aussi vite que les sockets les transportent</translation>
    </message>
    <message>
        <source>&amp;Teaching Pace</source>
        <translation>Rythme d&apos;&amp;enseignement</translation>
    </message>
    <message>
        <source>Every hop takes a while, at the speed of the slider</source>
        <translation>Chaque saut prend un moment, à la vitesse du curseur</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Vitesse</translation>
    </message>
    <message>
        <source>&amp;Mute</source>
        <translation>&amp;Muet</translation>
    </message>
    <message>
        <source>Silence the buzzers&apos; sound (Ctrl+M)</source>
        <translation>Couper le son des buzzers (Ctrl+M)</translation>
    </message>
    <message>
        <source>&amp;Discover Nodes</source>
        <translation>&amp;Découvrir les nœuds</translation>
    </message>
    <message>
        <source>Show the nodes registered in the etcd registry and watch every external node&apos;s health</source>
        <translation>Afficher les nœuds enregistrés dans le registre etcd et surveiller la santé de chaque nœud externe</translation>
    </message>
    <message>
        <source>Discover</source>
        <translation>Découvrir</translation>
    </message>
    <message>
        <source>Registry &amp;Address…</source>
        <translation>&amp;Adresse du registre…</translation>
    </message>
    <message>
        <source>The etcd registry that discovery reads (http://HOST:PORT)</source>
        <translation>Le registre etcd que lit la découverte (http://HÔTE:PORT)</translation>
    </message>
    <message>
        <source>Network &amp;Security…</source>
        <translation>Séc&amp;urité réseau…</translation>
    </message>
    <message>
        <source>The token LAN nodes require, and TLS (wss) with a pinned certificate</source>
        <translation>Le jeton qu&apos;exigent les nœuds LAN, et TLS (wss) avec un certificat épinglé</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom a&amp;vant</translation>
    </message>
    <message>
        <source>Zoom into the canvas</source>
        <translation>Zoomer sur le canevas</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>Zoom out of the canvas</source>
        <translation>Dézoomer le canevas</translation>
    </message>
    <message>
        <source>&amp;Fit Circuit</source>
        <translation>&amp;Cadrer le circuit</translation>
    </message>
    <message>
        <source>Show the whole circuit (Ctrl+0)</source>
        <translation>Afficher tout le circuit (Ctrl+0)</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>S&amp;ombre</translation>
    </message>
    <message>
        <source>&amp;Teacher Mode</source>
        <translation>Mode &amp;enseignant</translation>
    </message>
    <message>
        <source>Lock editing for students (run, pause, step and inspect stay) and show the presentation layout</source>
        <translation>Verrouiller la modification pour les élèves (lancer, mettre en pause, avancer pas à pas et inspecter restent possibles) et afficher la disposition de présentation</translation>
    </message>
    <message>
        <source>Export &amp;Lab Report…</source>
        <translation>Exporter le compte rendu de &amp;TP…</translation>
    </message>
    <message>
        <source>Write a PDF: the circuit, the checks, the sequence chart, the analyzer&apos;s plot, the message statistics and your notes</source>
        <translation>Écrire un PDF&#xa0;: le circuit, les vérifications, le diagramme de séquence, le graphique de l&apos;analyseur, les statistiques des messages et vos notes</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>Guide de l&apos;&amp;utilisateur</translation>
    </message>
    <message>
        <source>The offline user guide (F1)</source>
        <translation>Le guide de l&apos;utilisateur hors ligne (F1)</translation>
    </message>
    <message>
        <source>&amp;About Wirebench</source>
        <translation>À &amp;propos de Wirebench</translation>
    </message>
    <message>
        <source>Version and license</source>
        <translation>Version et licence</translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation>Contraste é&amp;levé</translation>
    </message>
</context>
<context>
    <name>wb::WindowMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Examples</source>
        <translation>E&amp;xemples</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Insertion</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>E&amp;xécution</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>%1 no longer exists</source>
        <translation>%1 n&apos;existe plus</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Effacer la liste</translation>
    </message>
</context>
<context>
    <name>wb::WireInspector</name>
    <message>
        <source>the sender&apos;s own</source>
        <translation>celui de l&apos;expéditeur</translation>
    </message>
    <message>
        <source>The path the sender uses on this wire (&quot;/iopin&quot;); empty: the sender&apos;s own choice</source>
        <translation>Le chemin que l&apos;expéditeur utilise sur ce fil («&#xa0;/iopin&#xa0;»)&#xa0;; vide&#xa0;: le choix de l&apos;expéditeur</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Acks</source>
        <translation>Acquittements</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <source>Cut: nothing passes, no ack comes</source>
        <translation>Coupé&#xa0;: rien ne passe, aucun acquittement ne revient</translation>
    </message>
    <message>
        <source>A partition: the wire delivers nothing until the cut is undone</source>
        <translation>Une partition&#xa0;: le fil ne livre rien tant que la coupure n&apos;est pas annulée</translation>
    </message>
    <message>
        <source>Ack timeout</source>
        <translation>Délai d&apos;acquittement</translation>
    </message>
    <message>
        <source>How long the sender waits for an ack before it gives up or sends again</source>
        <translation>Combien de temps l&apos;expéditeur attend un acquittement avant d&apos;abandonner ou de renvoyer</translation>
    </message>
    <message>
        <source>default (%1 s)</source>
        <translation>par défaut (%1 s)</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Nouvelles tentatives</translation>
    </message>
    <message>
        <source>How often the sender sends again when no ack comes (0: at most once)</source>
        <translation>Combien de fois l&apos;expéditeur renvoie quand aucun acquittement ne vient (0&#xa0;: au plus une fois)</translation>
    </message>
    <message>
        <source>none (at most once)</source>
        <translation>aucune (au plus une fois)</translation>
    </message>
    <message>
        <source>an ack</source>
        <translation>un acquittement</translation>
    </message>
    <message>
        <source>a message</source>
        <translation>un message</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Perte</translation>
    </message>
    <message>
        <source>The chance that %1 is lost on the way</source>
        <translation>La probabilité de perte en route pour %1</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Doublon</translation>
    </message>
    <message>
        <source>The chance that %1 arrives twice</source>
        <translation>La probabilité d&apos;arrivée en double pour %1</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Retard</translation>
    </message>
    <message>
        <source>Added transit time of %1</source>
        <translation>Temps de transit ajouté pour %1</translation>
    </message>
    <message>
        <source>Jitter ±</source>
        <translation>Gigue ±</translation>
    </message>
    <message>
        <source>Random spread of the transit: half-width (uniform) or standard deviation (normal)</source>
        <translation>Dispersion aléatoire du transit&#xa0;: demi-largeur (uniforme) ou écart type (normale)</translation>
    </message>
    <message>
        <source>uniform</source>
        <translation>uniforme</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>normale</translation>
    </message>
    <message>
        <source>How the jitter spreads the transit times</source>
        <translation>Comment la gigue disperse les temps de transit</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Distribution</translation>
    </message>
</context>
<context>
    <name>wb::labreport</name>
    <message>
        <source>Untitled circuit</source>
        <translation>Circuit sans titre</translation>
    </message>
    <message>
        <source>Wirebench lab report</source>
        <translation>Compte rendu de TP Wirebench</translation>
    </message>
    <message>
        <source>Student: %1</source>
        <translation>Élève&#xa0;: %1</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(non indiqué)</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Date&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s), </source>
        <translation>
            <numerusform>%n nœud, </numerusform>
            <numerusform>%n nœuds, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wire(s)</source>
        <translation>
            <numerusform>%n fil</numerusform>
            <numerusform>%n fils</numerusform>
        </translation>
    </message>
    <message>
        <source>The circuit is empty.</source>
        <translation>Le circuit est vide.</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>No lesson checks: this circuit was not opened as a lesson.</source>
        <translation>Aucune vérification de leçon&#xa0;: ce circuit n&apos;a pas été ouvert comme une leçon.</translation>
    </message>
    <message>
        <source>✓ passed</source>
        <translation>✓ réussie</translation>
    </message>
    <message>
        <source>✗ failed</source>
        <translation>✗ échouée</translation>
    </message>
    <message>
        <source>%1 of %2 checks passed.</source>
        <translation>%1 vérifications réussies sur %2.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Lab report: %1</source>
        <translation>Compte rendu de TP&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: the PDF could not be started</source>
        <translation>%1&#xa0;: le PDF n&apos;a pas pu être commencé</translation>
    </message>
    <message>
        <source>(no notes)</source>
        <translation>(aucune note)</translation>
    </message>
    <message>
        <source>Circuit</source>
        <translation>Circuit</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Vérifications</translation>
    </message>
    <message>
        <source>Sequence chart</source>
        <translation>Diagramme de séquence</translation>
    </message>
    <message>
        <source>Logic analyzer</source>
        <translation>Analyseur logique</translation>
    </message>
    <message>
        <source>Message statistics</source>
        <translation>Statistiques des messages</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>wb::plotexport</name>
    <message>
        <source>%1: the plot is exported as .png or .svg</source>
        <translation>%1&#xa0;: le graphique s&apos;exporte en .png ou .svg</translation>
    </message>
    <message>
        <source>%1: the plot has no size</source>
        <translation>%1&#xa0;: le graphique n&apos;a pas de taille</translation>
    </message>
    <message>
        <source>%1: the image could not be written</source>
        <translation>%1&#xa0;: l&apos;image n&apos;a pas pu être écrite</translation>
    </message>
</context>
<context>
    <name>wb::reportsections</name>
    <message>
        <source>No messages were recorded: run the circuit before exporting.</source>
        <translation>Aucun message n&apos;a été enregistré&#xa0;: lancez le circuit avant d&apos;exporter.</translation>
    </message>
    <message>
        <source>From %1 to %2 of the run.</source>
        <translation>De %1 à %2 de l&apos;exécution.</translation>
    </message>
    <message>
        <source>(The chart continues beyond %1: choose a shorter range to see the rest.)</source>
        <translation>(Le diagramme continue au-delà de %1&#xa0;: choisissez une plage plus courte pour voir la suite.)</translation>
    </message>
    <message>
        <source>The logic analyzer recorded nothing: run the circuit before exporting.</source>
        <translation>L&apos;analyseur logique n&apos;a rien enregistré&#xa0;: lancez le circuit avant d&apos;exporter.</translation>
    </message>
    <message>
        <source>(Only the rows that fit on a page are shown.)</source>
        <translation>(Seules les lignes qui tiennent sur une page sont affichées.)</translation>
    </message>
    <message>
        <source>No statistics.</source>
        <translation>Aucune statistique.</translation>
    </message>
    <message>
        <source>Per node, over the whole run:</source>
        <translation>Par nœud, sur toute l&apos;exécution&#xa0;:</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçus</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyés</translation>
    </message>
    <message>
        <source>Acks</source>
        <translation>Acquittements</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Échecs</translation>
    </message>
    <message>
        <source>Last round trip</source>
        <translation>Dernier aller-retour</translation>
    </message>
    <message>
        <source>Per wire, over the whole run:</source>
        <translation>Par fil, sur toute l&apos;exécution&#xa0;:</translation>
    </message>
    <message>
        <source>The circuit has no wires.</source>
        <translation>Le circuit n&apos;a pas de fils.</translation>
    </message>
    <message>
        <source>Wire</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Acked</source>
        <translation>Acquittés</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>In flight</source>
        <translation>En transit</translation>
    </message>
    <message>
        <source>Round trips (send to ack) of the messages sent in the chart&apos;s range:</source>
        <translation>Allers-retours (de l&apos;envoi à l&apos;acquittement) des messages envoyés dans la plage du diagramme&#xa0;:</translation>
    </message>
    <message>
        <source>From → to</source>
        <translation>De → à</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Longest</source>
        <translation>Le plus long</translation>
    </message>
</context>
<context>
    <name>wb::ring::RingDetector</name>
    <message>
        <source>no pong within %1 s, directly or through others</source>
        <translation>pas de pong en %1 s, ni directement ni par d&apos;autres</translation>
    </message>
    <message>
        <source>answered a ping with %1</source>
        <translation>a répondu à un ping par %1</translation>
    </message>
    <message>
        <source>1 other member</source>
        <translation>1 autre membre</translation>
    </message>
    <message>
        <source>%1 other members</source>
        <translation>%1 autres membres</translation>
    </message>
    <message>
        <source>no pong within %1 s, nor through %2</source>
        <translation>pas de pong en %1 s, ni par %2</translation>
    </message>
</context>
<context>
    <name>wb::statevisuals</name>
    <message>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>listening</source>
        <translation>à l&apos;écoute</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en marche</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>crashed</source>
        <translation>planté</translation>
    </message>
    <message>
        <source>hung</source>
        <translation>bloqué</translation>
    </message>
</context>
<context>
    <name>wb::tokenmenu</name>
    <message>
        <source>ack of message %1</source>
        <translation>l&apos;acquittement du message %1</translation>
    </message>
    <message>
        <source>message %1</source>
        <translation>le message %1</translation>
    </message>
    <message>
        <source>The %1 is no longer held: it went on already</source>
        <translation>Déjà reparti&#xa0;: %1 n&apos;est plus retenu</translation>
    </message>
    <message>
        <source>Delivered the %1 now</source>
        <translation>Livré maintenant&#xa0;: %1</translation>
    </message>
    <message>
        <source>Dropped the %1</source>
        <translation>Perdu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Delivered the %1 twice</source>
        <translation>Livré deux fois&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (first of %2)</source>
        <translation>%1 (premier sur %2)</translation>
    </message>
    <message>
        <source>Deliver now</source>
        <translation>Livrer maintenant</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Perdre</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
</context>
<context>
    <name>wb::translation</name>
    <message>
        <source>%1 is not a language of Wirebench (%2)</source>
        <translation>%1 n&apos;est pas une langue de Wirebench (%2)</translation>
    </message>
</context>
</TS>
