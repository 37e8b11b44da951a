<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name></name>
    <message>
        <source>settings: api_listen &apos;{listen}&apos; is not usable ({error}); the API is off.</source>
        <translation>préférences : api_listen « {listen} » est inutilisable ({error}) ; l&apos;API est désactivée.</translation>
    </message>
    <message>
        <source>settings: the venue is not usable ({error}); the room is not in the venue.</source>
        <translation>réglages : le site n&apos;est pas utilisable ({error}) ; la salle n&apos;est pas dans le site.</translation>
    </message>
    <message>
        <source>settings: api_token is not usable ({error}); a new one was made.</source>
        <translation>réglages : api_token est inutilisable ({error}) ; un nouveau a été créé.</translation>
    </message>
    <message>
        <source>the event file has problems; the show goes on as it was: {problems}</source>
        <translation>le fichier de l’événement a des problèmes ; la séance continue telle quelle : {problems}</translation>
    </message>
    <message>
        <source>stand_down: &quot;term&quot; is not a whole number from 1</source>
        <translation>stand_down : « term » n’est pas un nombre entier à partir de 1</translation>
    </message>
    <message>
        <source>stand_down: &quot;{name}&quot; is not a short text</source>
        <translation>stand_down : « {name} » n’est pas un texte court</translation>
    </message>
    <message>
        <source>stand_down: this show is of term {ours}, not older than {term}</source>
        <translation>stand_down : ce spectacle est du mandat {ours}, pas plus ancien que {term}</translation>
    </message>
    <message>
        <source>taken over by {holder} at {time}: this laptop is the standby now; send commands to {url}</source>
        <translation>repris par {holder} à {time} : cet ordinateur est maintenant le poste de secours ; envoyez les commandes à {url}</translation>
    </message>
    <message>
        <source>{what} holds a character that is not text (U+{code})</source>
        <extracomment>A check takes the raw value and the argument&apos;s name (as the sender wrote it). The messages keep the templates the translations know (resources/translations), so some name their field literally: `seconds`, `duration` and `position` serve only the arguments of those names.</extracomment>
        <translation>{what} contient un caractère qui n’est pas du texte (U+{code})</translation>
    </message>
    <message>
        <source>{what} must be text</source>
        <translation>{what} doit être du texte</translation>
    </message>
    <message>
        <source>{what} is limited to {limit} characters</source>
        <translation>{what} est limité à {limit} caractères</translation>
    </message>
    <message>
        <source>{what} must not be empty</source>
        <translation>{what} ne doit pas être vide</translation>
    </message>
    <message>
        <source>&quot;seconds&quot; must be a number (negative removes time)</source>
        <translation>« seconds » doit être un nombre (négatif : retire du temps)</translation>
    </message>
    <message>
        <source>&quot;seconds&quot; must be within ±86400</source>
        <translation>« seconds » doit être entre −86400 et 86400</translation>
    </message>
    <message>
        <source>&quot;time&quot; must be a duration like 180 or &quot;3m&quot;</source>
        <translation>« time » doit être une durée comme 180 ou &quot;3m&quot;</translation>
    </message>
    <message>
        <source>&quot;time&quot;: {exc}</source>
        <translation>« time » : {exc}</translation>
    </message>
    <message>
        <source>&quot;position&quot; must be a whole number from 0 (the top of the queue)</source>
        <translation>« position » doit être un entier à partir de 0 (le haut de la file)</translation>
    </message>
    <message>
        <source>{what} must be one of: {choices}</source>
        <translation>{what} doit être l&apos;un de : {choices}</translation>
    </message>
    <message>
        <source>{what} must be an id (text)</source>
        <translation>{what} doit être un identifiant (texte)</translation>
    </message>
    <message>
        <source>{what} must be true or false</source>
        <translation>{what} doit être true ou false</translation>
    </message>
    <message>
        <source>a command must be a JSON object like {&quot;action&quot;: &quot;next&quot;}</source>
        <extracomment>Older names still accepted: action → the rewrite into the current form.</extracomment>
        <translation>une commande doit être un objet JSON comme {&quot;action&quot;: &quot;next&quot;}</translation>
    </message>
    <message>
        <source>missing &quot;action&quot; (one of: {actions})</source>
        <translation>« action » manquante (l&apos;une de : {actions})</translation>
    </message>
    <message>
        <source>unknown action &apos;{action}&apos; (one of: {actions})</source>
        <translation>action inconnue « {action} » (l&apos;une de : {actions})</translation>
    </message>
    <message>
        <source>&apos;{action}&apos;: an argument has the wrong type or shape</source>
        <translation>« {action} » : un argument n&apos;a pas le bon type ou la bonne forme</translation>
    </message>
    <message>
        <source>&apos;{action}&apos; takes no argument &apos;{extra}&apos;</source>
        <extracomment>The command is `undo`: the dispatcher reverts the history&apos;s last step. The command is `redo`: the dispatcher applies again what the last undo reverted. The command is `plan_save`: write the live plan to this path (&quot;&quot;: the file it came from). The command is `reload`: read the event file again. False for a command that changes nothing in the show (it is not written to the journal).
----------
Action name → command class.</extracomment>
        <translation>« {action} » n&apos;accepte pas l&apos;argument « {extra} »</translation>
    </message>
    <message>
        <source>&apos;{action}&apos; needs &quot;{missing}&quot;</source>
        <translation>« {action} » demande « {missing} »</translation>
    </message>
    <message>
        <source>no segment with id &apos;{segment}&apos;</source>
        <extracomment>Messages kept in the live show: a stage manager&apos;s stream of notes must not grow every snapshot. The current segment: the live one, or the one that GO will start. len(segments) = ended. Every speaking turn in the order it began (the log behind the fair-floor ledger). The last MAX_MESSAGES messages (the journal keeps every one); ids count on from `messages_sent`. Requests to speak from the room (core/floor_requests.py); ids count on from `requests_made`. This run is a rehearsal (a simulated clock): said in the state and the reports. Counts the plan&apos;s changes (core/dispatch.py): a client that read version N may say so (`if_version`) and is refused, not overwritten, when someone changed the plan since. The bounds on requests to speak (a setting, core/floor_requests.py), and how many were refused for them (not journaled: a count for the floor manager). Questions from the audience (core/audience.py); ids count on from `audience_asked`. Their bounds, and how many were refused for them (not journaled: a count for the moderator). The stream&apos;s lower third (/lower-third) follows who has the floor unless hidden by hand (`lower_third`), and since when it was last shown or hidden by hand (a shown-again lower third counts its `hold` from then, not from the turn&apos;s start).</extracomment>
        <translation>aucune séquence d&apos;identifiant « {segment} »</translation>
    </message>
    <message>
        <source>&quot;seconds&quot; must be more than 0 (the time moves from &quot;from&quot; to &quot;to&quot;)</source>
        <translation>« seconds » doit être supérieur à 0 (le temps va de « from » à « to »)</translation>
    </message>
    <message>
        <source>&apos;speaker_add&apos; needs either &quot;name&quot; (someone from the floor) or &quot;person&quot; (a roster id)</source>
        <translation>« speaker_add » demande « name » (quelqu&apos;un de la salle) ou « person » (un identifiant de la liste)</translation>
    </message>
    <message>
        <source>the event has no hard stop (&apos;end&apos; in the event file)</source>
        <translation>l&apos;événement n&apos;a pas de fin impérative (« end » dans le fichier)</translation>
    </message>
    <message>
        <source>the event is planned for {date}, not today: a plan to land on time is made on its day (to try the show now, rehearse it at its own time)</source>
        <translation>l&apos;événement est prévu le {date}, pas aujourd&apos;hui : un plan pour finir à l&apos;heure se fait le jour même (pour essayer le déroulé maintenant, répétez-le à son heure)</translation>
    </message>
    <message>
        <source>the plan to land on time</source>
        <translation>le plan pour finir à l&apos;heure</translation>
    </message>
    <message>
        <source>the plan to use the time left</source>
        <translation>le plan pour utiliser le temps restant</translation>
    </message>
    <message>
        <source>moving {seconds} s</source>
        <translation>le déplacement de {seconds} s</translation>
    </message>
    <message>
        <source>no question &apos;{question}&apos; in this segment</source>
        <translation>pas de question « {question} » dans cette séquence</translation>
    </message>
    <message>
        <source>question {id}</source>
        <translation>la question {id}</translation>
    </message>
    <message>
        <source>adding question {id}</source>
        <translation>l&apos;ajout de la question {id}</translation>
    </message>
    <message>
        <source>the show has ended; go to a segment to reopen it</source>
        <translation>la séance est terminée ; allez à une séquence pour la rouvrir</translation>
    </message>
    <message>
        <source>the show has ended; there is no next segment</source>
        <translation>la séance est terminée ; il n&apos;y a pas de séquence suivante</translation>
    </message>
    <message>
        <source>there is no next segment</source>
        <translation>il n&apos;y a pas de séquence suivante</translation>
    </message>
    <message>
        <source>this is the first segment</source>
        <translation>c&apos;est la première séquence</translation>
    </message>
    <message>
        <source>the show has ended; there is no segment to add time to</source>
        <translation>la séance est terminée ; aucune séquence à qui ajouter du temps</translation>
    </message>
    <message>
        <source>cannot remove more time than the segment has</source>
        <translation>impossible de retirer plus de temps que la séquence n&apos;en a</translation>
    </message>
    <message>
        <source>the show has ended; name a &quot;segment&quot;</source>
        <translation>la séance est terminée ; précisez une « segment »</translation>
    </message>
    <message>
        <source>no speaker &apos;{speaker_id}&apos; in segment &apos;{segment}&apos;</source>
        <translation>pas d&apos;intervenant « {speaker_id} » dans la séquence « {segment} »</translation>
    </message>
    <message>
        <source>segment &apos;{id}&apos; is not live: start it first</source>
        <translation>la séquence « {id} » n&apos;est pas en cours : démarrez-la d&apos;abord</translation>
    </message>
    <message>
        <source>no one is speaking</source>
        <translation>personne n&apos;a la parole</translation>
    </message>
    <message>
        <source>no one is waiting to speak</source>
        <translation>personne n&apos;attend la parole</translation>
    </message>
    <message>
        <source>cannot remove more time than the speaker has</source>
        <translation>impossible de retirer plus de temps que l&apos;intervenant n&apos;en a</translation>
    </message>
    <message>
        <source>no request &apos;{request}&apos;</source>
        <translation>aucune demande « {request} »</translation>
    </message>
    <message>
        <source>the show has ended: there is no segment to ask the floor in</source>
        <translation>le programme est terminé : plus aucun segment où demander la parole</translation>
    </message>
    <message>
        <source>segment &apos;{segment}&apos; is over: ask the floor in the live or next one</source>
        <translation>le segment « {segment} » est terminé : demandez la parole dans le segment en cours ou le suivant</translation>
    </message>
    <message>
        <source>unknown person &apos;{person}&apos; (not in the event&apos;s roster)</source>
        <extracomment>The network address it came from: set by the server for a phone (net/access.py), never by it.</extracomment>
        <translation>personne inconnue « {person} » (absente de la liste de l&apos;événement)</translation>
    </message>
    <message>
        <source>{name} has already asked for the floor: withdraw that request first</source>
        <translation>{name} a déjà demandé la parole : retirez d&apos;abord cette demande</translation>
    </message>
    <message>
        <source>this phone has {count} requests waiting already: withdraw one first</source>
        <translation>ce téléphone a déjà {count} demandes en attente : retirez-en une d&apos;abord</translation>
    </message>
    <message>
        <source>{count} requests are waiting from this network address already: try again later</source>
        <translation>{count} demandes attendent déjà depuis cette adresse réseau : réessayez plus tard</translation>
    </message>
    <message>
        <source>{count} requests are waiting already: try again later</source>
        <translation>{count} demandes attendent déjà : réessayez plus tard</translation>
    </message>
    <message>
        <source>request &apos;{request}&apos; was made from another device</source>
        <translation>la demande « {request} » a été faite depuis un autre appareil</translation>
    </message>
    <message>
        <source>{name} has had the floor already</source>
        <translation>{name} a déjà eu la parole</translation>
    </message>
    <message>
        <source>request &apos;{request}&apos; is {status} already</source>
        <translation>la demande « {request} » est déjà {status}</translation>
    </message>
    <message>
        <source>position {position} is past the end of the queue ({count} entries)</source>
        <translation>la position {position} est après la fin de la file ({count} entrées)</translation>
    </message>
    <message>
        <source>{name} is no longer in the queue</source>
        <translation>{name} n&apos;est plus dans la file</translation>
    </message>
    <message>
        <source>{name} has spoken since</source>
        <translation>{name} a parlé depuis</translation>
    </message>
    <message>
        <source>accept {name}</source>
        <translation>accepter {name}</translation>
    </message>
    <message>
        <source>decline {name}</source>
        <translation>refuser {name}</translation>
    </message>
    <message>
        <source>no open request from that phone</source>
        <translation>aucune demande en attente de ce téléphone</translation>
    </message>
    <message>
        <source>clearing {count} requests</source>
        <translation>l&apos;effacement de {count} demandes</translation>
    </message>
    <message>
        <source>add {name}</source>
        <translation>l&apos;ajout de {name}</translation>
    </message>
    <message>
        <source>{name} is speaking; only speakers still to speak can move</source>
        <translation>{name} a la parole ; seuls les intervenants à venir peuvent être déplacés</translation>
    </message>
    <message>
        <source>{name} has spoken; only speakers still to speak can move</source>
        <translation>{name} a déjà parlé ; seuls les intervenants à venir peuvent être déplacés</translation>
    </message>
    <message>
        <source>position {position} is past the end of the queue (0 to {last})</source>
        <translation>la position {position} est après la fin de la file (0 à {last})</translation>
    </message>
    <message>
        <source>{name} has moved on</source>
        <translation>{name} n&apos;est plus au même stade</translation>
    </message>
    <message>
        <source>move {name}</source>
        <translation>le déplacement de {name}</translation>
    </message>
    <message>
        <source>{name} has spoken and stays in the record; skip instead</source>
        <translation>{name} a parlé et reste dans le registre ; passez-le plutôt</translation>
    </message>
    <message>
        <source>another entry now has the id &apos;{id}&apos;</source>
        <translation>une autre entrée a maintenant l&apos;identifiant « {id} »</translation>
    </message>
    <message>
        <source>remove {name}</source>
        <translation>le retrait de {name}</translation>
    </message>
    <message>
        <source>{name} is not waiting to speak</source>
        <translation>{name} n&apos;attend pas la parole</translation>
    </message>
    <message>
        <source>skip {name}</source>
        <translation>le passage de {name}</translation>
    </message>
    <message>
        <source>{name} is already in the queue</source>
        <translation>{name} est déjà dans la file</translation>
    </message>
    <message>
        <source>return {name}</source>
        <translation>le retour de {name}</translation>
    </message>
    <message>
        <source>{name} is {cue}; cues apply to speakers still to speak</source>
        <translation>{name} est « {cue} » ; les tops ne valent que pour les intervenants à venir</translation>
    </message>
    <message>
        <source>cue {cue} for {name}</source>
        <translation>le top « {cue} » pour {name}</translation>
    </message>
    <message>
        <source>notes of {title}</source>
        <translation>les notes de {title}</translation>
    </message>
    <message>
        <source>no message &apos;{id}&apos;</source>
        <extracomment>Who writes (the booth&apos;s token always sends &quot;booth&quot;); left out: the stage manager. The sender&apos;s id for the message (a venue&apos;s UUID): its acknowledgement goes back under it.</extracomment>
        <translation>pas de message « {id} »</translation>
    </message>
    <message>
        <source>nothing to undo</source>
        <extracomment>What a step touches when it does not say: everything (it conflicts with any later step of another). Whose change it is (&quot;&quot; the moderator&apos;s own keys; else who sent it: core/dispatch.py), set by the dispatcher. What it changed (hashable keys such as (&quot;run&quot;, id)); two steps conflict when they share one. What steps that insert, remove or move segments share: the segments&apos; order.</extracomment>
        <translation>rien à annuler</translation>
    </message>
    <message>
        <source>cannot undo &apos;{label}&apos;: {who} changed it since (undo theirs first)</source>
        <translation>impossible d&apos;annuler « {label} » : {who} l&apos;a modifié depuis (annulez d&apos;abord sa modification)</translation>
    </message>
    <message>
        <source>cannot undo &apos;{label}&apos;: {reason}</source>
        <translation>impossible d&apos;annuler {label} : {reason}</translation>
    </message>
    <message>
        <source>The session journal was damaged ({damage}). Recovered everything up to the last good record; the damaged file is kept at {path}.</source>
        <extracomment>A run taken up again (recovered, resumed): its journal&apos;s last record, on the run&apos;s clock. What happened after it may not have been seen by anyone (automations: core/automation_watch.py). The term record that gave the show to another laptop (#29): this one stood down. The run&apos;s last term record, if it was ever taken over (or stood down).</extracomment>
        <translation>Le journal de la séance était endommagé ({damage}). Tout a été récupéré jusqu&apos;au dernier enregistrement intact ; le fichier endommagé est gardé dans {path}.</translation>
    </message>
    <message>
        <source>its start</source>
        <translation>son début</translation>
    </message>
    <message>
        <source>Resumed the session from {time} ({count} recorded changes).</source>
        <translation>Séance reprise telle qu&apos;à {time} ({count} changements enregistrés).</translation>
    </message>
    <message>
        <source>Recovered the session from {time} ({count} recorded changes).</source>
        <translation>Séance récupérée telle qu&apos;à {time} ({count} changements enregistrés).</translation>
    </message>
    <message>
        <source>{count} recorded change(s) no longer apply to this event file: {changes}</source>
        <translation>{count} changement(s) enregistré(s) ne s&apos;appliquent plus à ce fichier : {changes}</translation>
    </message>
    <message>
        <source>The event file has changed since this run&apos;s plan was recorded; the run goes on with its own plan. Reload the file to take its changes.</source>
        <translation>Le fichier de l’événement a changé depuis que le plan de cette séance a été enregistré ; la séance continue avec son propre plan. Rechargez le fichier pour prendre ses changements.</translation>
    </message>
    <message>
        <source>The session journal has lost or repeated lines: {problems}</source>
        <translation>Le journal de la session a des lignes perdues ou répétées : {problems}</translation>
    </message>
    <message>
        <source>Reloaded the event file ({count} recorded changes replayed).</source>
        <translation>Fichier de l&apos;événement rechargé ({count} changements enregistrés rejoués).</translation>
    </message>
    <message>
        <source>{count} recorded change(s) no longer apply: {changes}</source>
        <translation>{count} changement(s) enregistré(s) ne s&apos;appliquent plus : {changes}</translation>
    </message>
    <message>
        <source>Could not read {path} ({error}); using default settings.</source>
        <translation>Impossible de lire {path} ({error}) ; préférences par défaut.</translation>
    </message>
    <message>
        <source>{path} is not valid JSON ({error}); using default settings.</source>
        <translation>{path} n&apos;est pas du JSON valide ({error}) ; préférences par défaut.</translation>
    </message>
    <message>
        <source>{path} does not hold settings; using default settings.</source>
        <translation>{path} ne contient pas de préférences ; préférences par défaut.</translation>
    </message>
    <message>
        <source>{path}: bad values for {names}; using the defaults for those.</source>
        <translation>{path} : valeurs incorrectes pour {names} ; les valeurs par défaut sont utilisées.</translation>
    </message>
    <message>
        <source>The app-wide automations are not used: {problem}</source>
        <translation>Les automatisations de l’application ne sont pas utilisées : {problem}</translation>
    </message>
    <message>
        <source>empty duration</source>
        <translation>durée vide</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a duration (try 90s, 5m, 1h30m, 4:30 or 1:02:03)</source>
        <translation>« {text} » n&apos;est pas une durée (essayez 90s, 5m, 1h30m, 4:30 ou 1:02:03)</translation>
    </message>
    <message>
        <source>a duration must be more than 0</source>
        <translation>une durée doit être supérieure à 0</translation>
    </message>
    <message>
        <source>a duration must be at most 24h</source>
        <translation>une durée ne peut dépasser 24h</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a time of day (use HH:MM or HH:MM:SS, 24-hour)</source>
        <translation>« {text} » n&apos;est pas une heure (HH:MM ou HH:MM:SS, sur 24 heures)</translation>
    </message>
    <message>
        <source>tag &apos;{tag}&apos; is not allowed; event files hold plain data only</source>
        <extracomment>An unquoted scalar that YAML 1.2 reads as a number or true/false (core/automation_format.py). YAML problems told about one file (tags repeated in a generated file could be thousands).</extracomment>
        <translation>l&apos;étiquette « {tag} » n&apos;est pas permise ; un fichier d&apos;événement ne contient que des données simples</translation>
    </message>
    <message>
        <source>keys must be plain words, not lists or mappings</source>
        <translation>les clés doivent être des mots simples, pas des listes ni des tables</translation>
    </message>
    <message>
        <source>{problem} (first at line {line})</source>
        <translation>{problem} (d&apos;abord à la ligne {line})</translation>
    </message>
    <message>
        <source>the event file</source>
        <translation>le fichier de l&apos;événement</translation>
    </message>
    <message>
        <source>at most {count} groups in a budget</source>
        <translation>au plus {count} groupes dans un budget</translation>
    </message>
    <message>
        <source>end {end} must be after start {start}</source>
        <translation>la fin {end} doit être après le début {start}</translation>
    </message>
    <message>
        <source>unknown trigger &apos;{raw}&apos; (one of: {choices}){hint}</source>
        <extracomment>How deep a body may nest, and how many items a list or keys a mapping in it may hold (the journal&apos;s plan record reads its mappings with the same bound: core/plan_data.py). An HTTP header&apos;s name: a token (RFC 9110). YAML 1.2&apos;s core schema: what an unquoted scalar means when it is not text.</extracomment>
        <translation>déclencheur inconnu « {raw} » (l&apos;un de : {choices}){hint}</translation>
    </message>
    <message>
        <source>unknown HTTP method &apos;{raw}&apos; (one of: {choices})</source>
        <translation>méthode HTTP inconnue « {raw} » (l&apos;une de : {choices})</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; is not an http:// or https:// address</source>
        <translation>« {raw} » n&apos;est pas une adresse http:// ou https://</translation>
    </message>
    <message>
        <source>placeholders go in the address&apos;s path or query, not in its host: &apos;{raw}&apos;</source>
        <translation>les variables vont dans le chemin ou la requête de l&apos;adresse, pas dans son hôte : « {raw} »</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; is not HOST:PORT (e.g. 10.0.0.6:53000)</source>
        <translation>« {raw} » n&apos;est pas HÔTE:PORT (p. ex. 10.0.0.6:53000)</translation>
    </message>
    <message>
        <source>an OSC address starts with / and holds no spaces, #, commas or braces: &apos;{raw}&apos;</source>
        <translation>une adresse OSC commence par / et ne contient ni espace, ni #, ni virgule, ni accolade : « {raw} »</translation>
    </message>
    <message>
        <source>a whole number from 0 to {limit}</source>
        <translation>un nombre entier de 0 à {limit}</translation>
    </message>
    <message>
        <source>an automation</source>
        <translation>une automatisation</translation>
    </message>
    <message>
        <source>no segment or kind &apos;{name}&apos; in this plan{hint}</source>
        <translation>aucune séquence ni genre « {name} » dans ce plan{hint}</translation>
    </message>
    <message>
        <source>an automation sends one thing: &apos;http&apos; or &apos;osc&apos;, not both</source>
        <translation>une automatisation envoie une seule chose : « http » ou « osc », pas les deux</translation>
    </message>
    <message>
        <source>an automation needs &apos;http&apos; or &apos;osc&apos;</source>
        <translation>une automatisation demande « http » ou « osc »</translation>
    </message>
    <message>
        <source>the body is {size} bytes as JSON; at most {limit}</source>
        <translation>le corps fait {size} octets en JSON ; au plus {limit}</translation>
    </message>
    <message>
        <source>{what} has more than {limit} items</source>
        <translation>{what} a plus de {limit} éléments</translation>
    </message>
    <message>
        <source>an OSC argument is a number, a text, true/false or null</source>
        <translation>un argument OSC est un nombre, un texte, true/false ou null</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a header name</source>
        <translation>« {name} » n&apos;est pas un nom d&apos;en-tête</translation>
    </message>
    <message>
        <source>nests too deeply</source>
        <translation>est imbriqué trop profondément</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation>n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>write a placeholder in quotes: {shown}</source>
        <translation>écrivez une variable entre guillemets : {shown}</translation>
    </message>
    <message>
        <source>must be text, a number, true/false, a list or a mapping</source>
        <translation>doit être un texte, un nombre, true/false, une liste ou un dictionnaire</translation>
    </message>
    <message>
        <source>unknown placeholder {name}{hint}</source>
        <translation>variable inconnue {name}{hint}</translation>
    </message>
    <message>
        <source>{host} is not on this network: sent only when the preferences allow automations to other hosts</source>
        <translation>{host} n&apos;est pas sur ce réseau : envoyé seulement si les préférences autorisent les automatisations vers d&apos;autres hôtes</translation>
    </message>
    <message>
        <source>a person</source>
        <extracomment>A budget&apos;s group: what the people&apos;s sector or organization says.</extracomment>
        <translation>une personne</translation>
    </message>
    <message>
        <source>{what} must be an object of the event file&apos;s fields</source>
        <extracomment>What a segment that has started can no longer change (its time is history).</extracomment>
        <translation>{what} doit être un objet avec les champs du fichier de l’événement</translation>
    </message>
    <message>
        <source>only what is still to come can change: put it after the live segment</source>
        <translation>seul ce qui reste à venir peut changer : placez-le après la séquence en cours</translation>
    </message>
    <message>
        <source>segment: {problem}</source>
        <translation>séquence : {problem}</translation>
    </message>
    <message>
        <source>duplicate segment id &apos;{id}&apos;</source>
        <translation>identifiant de séquence « {id} » en double</translation>
    </message>
    <message>
        <source>a plan holds at most {limit} segments</source>
        <translation>un plan compte au plus {limit} séquences</translation>
    </message>
    <message>
        <source>it has started</source>
        <translation>elle a commencé</translation>
    </message>
    <message>
        <source>inserting &apos;{title}&apos;</source>
        <translation>l’insertion de « {title} »</translation>
    </message>
    <message>
        <source>segment &apos;{segment}&apos; has started; only what is still to come can go</source>
        <translation>la séquence « {segment} » a commencé ; seul ce qui reste à venir peut être retiré</translation>
    </message>
    <message>
        <source>the plan needs at least one segment</source>
        <translation>le plan doit garder au moins une séquence</translation>
    </message>
    <message>
        <source>the show has moved past its place</source>
        <translation>la séance a dépassé sa place</translation>
    </message>
    <message>
        <source>removing &apos;{title}&apos;</source>
        <translation>le retrait de « {title} »</translation>
    </message>
    <message>
        <source>&quot;after&quot; must be another segment</source>
        <translation>« after » doit être une autre séquence</translation>
    </message>
    <message>
        <source>segment &apos;{segment}&apos; has started; it stays where it ran</source>
        <translation>la séquence « {segment} » a commencé ; elle reste où elle a eu lieu</translation>
    </message>
    <message>
        <source>moving &apos;{title}&apos;</source>
        <translation>le déplacement de « {title} »</translation>
    </message>
    <message>
        <source>&quot;fields&quot; is empty: nothing to change</source>
        <translation>« fields » est vide : rien à changer</translation>
    </message>
    <message>
        <source>unknown key &apos;{name}&apos; (known: {keys})</source>
        <translation>clé inconnue « {name} » (connues : {keys})</translation>
    </message>
    <message>
        <source>segment &apos;{segment}&apos; has started: its {field} stays as it was</source>
        <translation>la séquence « {segment} » a commencé : son champ {field} reste tel quel</translation>
    </message>
    <message>
        <source>a new speaker has spoken</source>
        <translation>un nouvel intervenant a parlé</translation>
    </message>
    <message>
        <source>changing &apos;{title}&apos;</source>
        <translation>la modification de « {title} »</translation>
    </message>
    <message>
        <source>a plan holds at most {limit} people</source>
        <translation>un plan compte au plus {limit} personnes</translation>
    </message>
    <message>
        <source>duplicate person id &apos;{pid}&apos;</source>
        <translation>identifiant de personne en double « {pid} »</translation>
    </message>
    <message>
        <source>person: {problem}</source>
        <translation>personne : {problem}</translation>
    </message>
    <message>
        <source>{name} is in the plan now</source>
        <translation>{name} figure maintenant dans le plan</translation>
    </message>
    <message>
        <source>adding {name}</source>
        <translation>l’ajout de {name}</translation>
    </message>
    <message>
        <source>{name} is in the plan (&apos;{segment}&apos;): take them out of it first</source>
        <translation>{name} figure dans le plan (« {segment} ») : retirez-le d’abord</translation>
    </message>
    <message>
        <source>removing {name}</source>
        <translation>le retrait de {name}</translation>
    </message>
    <message>
        <source>a person&apos;s id stays as it is (add a new person instead)</source>
        <translation>l’identifiant d’une personne ne change pas (ajoutez plutôt une nouvelle personne)</translation>
    </message>
    <message>
        <source>no person with id &apos;{person}&apos;</source>
        <translation>aucune personne d’identifiant « {person} »</translation>
    </message>
    <message>
        <source>changing {name}</source>
        <translation>la modification de {name}</translation>
    </message>
    <message>
        <source>{where}: {problem}</source>
        <extracomment>Problems told about one file before the walk stops (a broken generator can make thousands). Its name among the schema&apos;s `$defs` (None: written where it is used). The value was read by a rule: shown without its path, its key goes first (`duration: ...`). About the key itself (unknown, repeated), not its value. Where the first of a repeated id or key is.
----------
How deep a stranger&apos;s plan data may nest (the format itself goes four levels down); a whole plan (the journal&apos;s record) holds automations, whose body may nest MAX_BODY_DEPTH more. Keys of one mapping (a body&apos;s mapping is held to the same). Cells that may be left empty (an empty `duration` is not: a segment has one).</extracomment>
        <translation>{where} : {problem}</translation>
    </message>
    <message>
        <source> (add it under &apos;people&apos;)</source>
        <translation> (ajoutez-la sous &apos;people&apos;)</translation>
    </message>
    <message>
        <source>unknown person id &apos;{pid}&apos;{hint}</source>
        <translation>identifiant de personne inconnu « {pid} »{hint}</translation>
    </message>
    <message>
        <source>&apos;segments&apos; needs at least one segment</source>
        <translation>&apos;segments&apos; doit contenir au moins une séquence</translation>
    </message>
    <message>
        <source>a segment</source>
        <extracomment>A speaker is written as a person id, as `{ref: id, ...}` or as someone of its own (`{name: ...}`).</extracomment>
        <translation>une séquence</translation>
    </message>
    <message>
        <source>{what} needs at least one group</source>
        <translation>{what} demande au moins un groupe</translation>
    </message>
    <message>
        <source>min_duration is longer than the segment&apos;s duration</source>
        <translation>min_duration est plus long que la durée de la séquence</translation>
    </message>
    <message>
        <source>speaker times add up to {allotted}, more than the segment&apos;s {duration}</source>
        <translation>les temps de parole font {allotted}, plus que les {duration} de la séquence</translation>
    </message>
    <message>
        <source>duplicate speaker id &apos;{id}&apos; in this segment</source>
        <translation>identifiant d&apos;intervenant en double « {id} » dans cette séquence</translation>
    </message>
    <message>
        <source>&apos;count: to {time}&apos; is not after the segment&apos;s planned start {start}: it would start in overtime</source>
        <translation>« count: to {time} » n&apos;est pas après le début prévu du segment, {start} : il commencerait en dépassement</translation>
    </message>
    <message>
        <source>&apos;count: to {time}&apos; ends this segment at {time}, but its duration ends it at {end} (a duration of {should} would end it at {time})</source>
        <translation>« count: to {time} » termine ce segment à {time}, mais sa durée le termine à {end} (une durée de {should} le terminerait à {time})</translation>
    </message>
    <message>
        <source>a speaker</source>
        <translation>un intervenant</translation>
    </message>
    <message>
        <source>&apos;by&apos; is {choices}, not &apos;{value}&apos;</source>
        <extracomment>A title (the event&apos;s, a segment&apos;s) and a person&apos;s name: one line, trimmed. A plan of 2,000 segments of 200 speakers is far beyond any event; a 64 KB request cannot come near it, and a 10 MB file is refused with a clear word rather than read for minutes. Questions, cues, documents: items in one segment&apos;s list. Other spellings of keys, read as the key they spell.</extracomment>
        <translation>« by » vaut {choices}, pas « {value} »</translation>
    </message>
    <message>
        <source>unknown time zone &apos;{raw}&apos; (use an IANA name like Asia/Ho_Chi_Minh)</source>
        <translation>fuseau horaire inconnu « {raw} » (utilisez un nom IANA comme Asia/Ho_Chi_Minh)</translation>
    </message>
    <message>
        <source>fixed start {start} overlaps what comes before by {overlap}</source>
        <translation>le début fixe {start} empiète de {overlap} sur ce qui précède</translation>
    </message>
    <message>
        <source>the planned end {end} is after the hard stop by {over}</source>
        <translation>la fin prévue {end} dépasse la fin impérative de {over}</translation>
    </message>
    <message>
        <source>the file nests too deeply to be an event file</source>
        <translation>le fichier est trop imbriqué pour être un fichier d&apos;événement</translation>
    </message>
    <message>
        <source>the file does not describe an event</source>
        <extracomment>The file&apos;s text as read (what a save keeps the comments and layout of).</extracomment>
        <translation>le fichier ne décrit pas un événement</translation>
    </message>
    <message>
        <source>this is a folder, not an event file</source>
        <translation>c&apos;est un dossier, pas un fichier d&apos;événement</translation>
    </message>
    <message>
        <source>the file is {size} MB; event files are at most 10 MB</source>
        <translation>le fichier fait {size} Mo ; un fichier d&apos;événement fait au plus 10 Mo</translation>
    </message>
    <message>
        <source>this is not a regular file (a pipe or a device?)</source>
        <translation>ce n’est pas un fichier ordinaire (un tube ou un périphérique ?)</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>permission denied: cannot read this file</source>
        <translation>accès refusé : impossible de lire ce fichier</translation>
    </message>
    <message>
        <source>cannot read the file: {error}</source>
        <translation>impossible de lire le fichier : {error}</translation>
    </message>
    <message>
        <source>the file is over 10 MB; event files are smaller</source>
        <translation>le fichier dépasse 10 Mo ; un fichier d&apos;événement est plus petit</translation>
    </message>
    <message>
        <source>the file is empty; an event file starts with &apos;version: 1&apos;</source>
        <translation>le fichier est vide ; un fichier d&apos;événement commence par &apos;version: 1&apos;</translation>
    </message>
    <message>
        <source>; did you mean &apos;{word}&apos;?</source>
        <translation> ; vouliez-vous dire « {word} » ?</translation>
    </message>
    <message>
        <source>{what} must be a mapping of &apos;key: value&apos; lines</source>
        <translation>{what} doit être une suite de lignes &apos;clé: valeur&apos;</translation>
    </message>
    <message>
        <source>merge keys (&apos;&lt;&lt;&apos;) are not supported in event files</source>
        <translation>les clés de fusion (&apos;&lt;&lt;&apos;) ne sont pas acceptées dans un fichier d&apos;événement</translation>
    </message>
    <message>
        <source>duplicate key &apos;{name}&apos; (first at line {line})</source>
        <translation>clé en double « {name} » (d&apos;abord à la ligne {line})</translation>
    </message>
    <message>
        <source>must be text, not a list</source>
        <translation>doit être du texte, pas une liste</translation>
    </message>
    <message>
        <source>must be text, not a mapping</source>
        <translation>doit être du texte, pas une table</translation>
    </message>
    <message>
        <source>keys must be text</source>
        <translation>les clés doivent être du texte</translation>
    </message>
    <message>
        <source> in {what} (known: {keys})</source>
        <translation> dans {what} (connues : {keys})</translation>
    </message>
    <message>
        <source>unknown key &apos;{name}&apos;{hint}</source>
        <translation>clé inconnue « {name} »{hint}</translation>
    </message>
    <message>
        <source>duplicate key &apos;{name}&apos;</source>
        <translation>clé en double « {name} »</translation>
    </message>
    <message>
        <source>{what} must be a list (&apos;- &apos; items)</source>
        <translation>{what} doit être une liste (éléments &apos;- &apos;)</translation>
    </message>
    <message>
        <source>{what} needs &apos;{key}&apos;</source>
        <translation>{what} demande &apos;{key}&apos;</translation>
    </message>
    <message>
        <source>{what}: {reason}</source>
        <translation>{what} : {reason}</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; is not true or false</source>
        <translation>« {raw} » n&apos;est ni true ni false</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; is not a date (use YYYY-MM-DD)</source>
        <translation>« {raw} » n&apos;est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>is limited to {limit} characters</source>
        <extracomment>Years an event can be in: a plan of many long segments near year 9999 would run off the calendar. Line breaks other than `
`: CR LF, CR, NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR. How much of a value that cannot be read a message repeats (a 100 KB &quot;date&quot; is not said back whole).</extracomment>
        <translation>est limité à {limit} caractères</translation>
    </message>
    <message>
        <source>the date must be from {first} to {last}</source>
        <translation>la date doit être comprise entre {first} et {last}</translation>
    </message>
    <message>
        <source>unknown type &apos;{raw}&apos; (one of: {choices}){hint}</source>
        <translation>type inconnu « {raw} » (l&apos;un de : {choices}){hint}</translation>
    </message>
    <message>
        <source>unknown kind &apos;{raw}&apos; (one of: {choices}){hint}</source>
        <translation>genre inconnu « {raw} » (l&apos;un de : {choices}){hint}</translation>
    </message>
    <message>
        <source>unknown version &apos;{raw}&apos;; this app reads version {version}</source>
        <translation>version inconnue « {raw} » ; cette application lit la version {version}</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (byte 0x{byte}); save it as UTF-8</source>
        <translation>le fichier n&apos;est pas du texte UTF-8 (octet 0x{byte}) ; enregistrez-le en UTF-8</translation>
    </message>
    <message>
        <source>YAML syntax: {problem}</source>
        <translation>syntaxe YAML : {problem}</translation>
    </message>
    <message>
        <source>this show has no event file to reload</source>
        <extracomment>The event file as last read or saved: what Save compares against and writes into. What the `reload` command does: the session&apos;s (ShowApp.reload_command), which knows the windows.</extracomment>
        <translation>cette séance n’a pas de fichier à recharger</translation>
    </message>
    <message>
        <source>this show has no event file to save to</source>
        <translation>cette séance n’a pas de fichier où enregistrer</translation>
    </message>
    <message>
        <source>nothing to redo</source>
        <extracomment>Answers kept for repeated request ids (the oldest are forgotten first). What `undo` reverted, newest last, for `redo`: (owner, command); anything new its owner does clears theirs.</extracomment>
        <translation>rien à rétablir</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Wrap up</source>
        <translation>Conclure</translation>
    </message>
    <message>
        <source>Final seconds</source>
        <translation>Dernières secondes</translation>
    </message>
    <message>
        <source>Overtime: please conclude</source>
        <translation>Dépassement : merci de conclure</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>The show has ended</source>
        <translation>La séance est terminée</translation>
    </message>
    <message>
        <source>{title} started</source>
        <translation>{title} a commencé</translation>
    </message>
    <message>
        <source>Ready: {title}</source>
        <translation>Prêt : {title}</translation>
    </message>
    <message>
        <source>{name} has the floor</source>
        <translation>{name} a la parole</translation>
    </message>
    <message>
        <source>Message from the stage: {text}</source>
        <translation>Message de la régie : {text}</translation>
    </message>
    <message>
        <source>SLOW DOWN</source>
        <extracomment>The booth&apos;s signals (resources/web/booth.js sends them in English), said in the listener&apos;s language.</extracomment>
        <translation>PLUS LENTEMENT</translation>
    </message>
    <message>
        <source>NO SOUND</source>
        <translation>PAS DE SON</translation>
    </message>
    <message>
        <source>RELAY LOST</source>
        <translation>RELAIS PERDU</translation>
    </message>
    <message>
        <source>BOOTH READY</source>
        <translation>CABINE PRÊTE</translation>
    </message>
    <message>
        <source>Message from the booth: {text}</source>
        <translation>Message de la cabine : {text}</translation>
    </message>
    <message>
        <source>Message from {sender}: {text}</source>
        <translation>Message de {sender} : {text}</translation>
    </message>
    <message>
        <source>{name} asks for the floor</source>
        <translation>{name} demande la parole</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 heure</translation>
    </message>
    <message>
        <source>{n} hours</source>
        <translation>{n} heures</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 minute</translation>
    </message>
    <message>
        <source>{n} minutes</source>
        <translation>{n} minutes</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 seconde</translation>
    </message>
    <message>
        <source>{n} seconds</source>
        <translation>{n} secondes</translation>
    </message>
    <message>
        <source>{first} {second}</source>
        <translation>{first} {second}</translation>
    </message>
    <message>
        <source>The show has ended.</source>
        <translation>La séance est terminée.</translation>
    </message>
    <message>
        <source>Ready: {title}, {length}.</source>
        <translation>Prêt : {title}, {length}.</translation>
    </message>
    <message>
        <source>{title}: {over} over.</source>
        <translation>{title} : {over} de dépassement.</translation>
    </message>
    <message>
        <source>{title}: {left} left, {state}.</source>
        <translation>{title} : reste {left}, {state}.</translation>
    </message>
    <message>
        <source>{amount} behind.</source>
        <translation>{amount} de retard.</translation>
    </message>
    <message>
        <source>{amount} ahead.</source>
        <translation>{amount} d’avance.</translation>
    </message>
    <message>
        <source>On time.</source>
        <translation>À l’heure.</translation>
    </message>
    <message>
        <source>Hard stop in {left}.</source>
        <translation>Fin impérative dans {left}.</translation>
    </message>
    <message>
        <source>The hard stop passed {ago} ago.</source>
        <translation>La fin impérative est passée depuis {ago}.</translation>
    </message>
    <message>
        <source>{name} speaking.</source>
        <translation>{name} parle.</translation>
    </message>
    <message>
        <source>{name} speaking, {left} left.</source>
        <translation>{name} parle, reste {left}.</translation>
    </message>
    <message>
        <source>{name} speaking, {over} over.</source>
        <translation>{name} parle, {over} de dépassement.</translation>
    </message>
    <message>
        <source>Next speaker: {name}.</source>
        <translation>Prochain intervenant : {name}.</translation>
    </message>
    <message>
        <source>Unread message from the stage: {text}</source>
        <translation>Message de la régie non lu : {text}</translation>
    </message>
    <message>
        <source>{name} is on standby</source>
        <translation>{name} est en attente</translation>
    </message>
    <message>
        <source>{name} is ready</source>
        <translation>{name} est prêt</translation>
    </message>
    <message>
        <source>{name} is waiting again</source>
        <translation>{name} attend de nouveau</translation>
    </message>
    <message>
        <source>The moderator saw: {text}</source>
        <translation>Le modérateur a vu : {text}</translation>
    </message>
    <message>
        <source>a share must be more than 0% and at most 100% (not {value})</source>
        <translation>une part doit dépasser 0 % et valoir au plus 100 % (pas {value})</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is neither a share (40%) nor a time (15m)</source>
        <translation>« {value} » n&apos;est ni une part (40%) ni une durée (15m)</translation>
    </message>
    <message>
        <source>the shares add up to {total}%, more than 100%</source>
        <translation>les parts totalisent {total} %, plus de 100 %</translation>
    </message>
    <message>
        <source>TLS failed: {error}</source>
        <translation>échec TLS : {error}</translation>
    </message>
    <message>
        <source>the broker lets anyone on the network in (no password) — anyone can send messages to the rooms; see docs/venue.md</source>
        <translation>le courtier laisse entrer n’importe qui sur le réseau (sans mot de passe) — n’importe qui peut envoyer des messages aux salles ; voir docs/venue.md</translation>
    </message>
    <message>
        <source>the broker refused user {user} — check the password</source>
        <translation>le courtier a refusé l’utilisateur {user} — vérifiez le mot de passe</translation>
    </message>
    <message>
        <source>the broker refuses clients without a user name — give --venue-user, and the password in RUNOFSHOW_VENUE_PASSWORD</source>
        <translation>le courtier refuse les clients sans nom d’utilisateur — donnez --venue-user, et le mot de passe dans RUNOFSHOW_VENUE_PASSWORD</translation>
    </message>
    <message>
        <source>the broker refused the connection ({reason})</source>
        <translation>le courtier a refusé la connexion ({reason})</translation>
    </message>
    <message>
        <source>messages from the broker keep failing ({error})</source>
        <translation>les messages du courtier échouent sans cesse ({error})</translation>
    </message>
    <message>
        <source>the link to the broker stopped (its network thread ended): restart runofshow</source>
        <translation>le lien avec le courtier s’est arrêté (son fil réseau a pris fin) : redémarrez runofshow</translation>
    </message>
    <message>
        <source>the plan has changed since version {sent} (it is now {now}): read the state again</source>
        <extracomment>The token whose request ids are kept unprefixed (as journals before per-token ids have them).</extracomment>
        <translation>le programme a changé depuis la version {sent} (il en est à la {now}) : relisez l&apos;état</translation>
    </message>
    <message>
        <source>&quot;by&quot; must be text of at most {limit} characters</source>
        <translation>« by » doit être un texte d&apos;au plus {limit} caractères</translation>
    </message>
    <message>
        <source>&quot;if_version&quot; must be the plan_version of the state (a whole number)</source>
        <translation>« if_version » doit être le plan_version de l&apos;état (un nombre entier)</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; must be 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <extracomment>A day&apos;s event file, as the venue file names it (relative to the venue file&apos;s folder, or absolute).</extracomment>
        <translation>&apos;{raw}&apos; doit compter de 1 à 64 lettres, chiffres, &apos;.&apos;, &apos;_&apos; ou &apos;-&apos;</translation>
    </message>
    <message>
        <source>the venue file</source>
        <translation>le fichier du lieu</translation>
    </message>
    <message>
        <source>&apos;rooms&apos; needs at least one room</source>
        <translation>&apos;rooms&apos; doit compter au moins une salle</translation>
    </message>
    <message>
        <source>a room</source>
        <translation>une salle</translation>
    </message>
    <message>
        <source>a day</source>
        <translation>un jour</translation>
    </message>
    <message>
        <source>duplicate room id &apos;{id}&apos;</source>
        <translation>identifiant de salle &apos;{id}&apos; en double</translation>
    </message>
    <message>
        <source>a second file for {date}</source>
        <translation>un second fichier pour le {date}</translation>
    </message>
    <message>
        <source>the file does not describe a venue</source>
        <translation>le fichier ne décrit pas un lieu</translation>
    </message>
    <message>
        <source>read {table}, header at row {row}: {columns}</source>
        <translation>lu {table}, en-tête à la ligne {row} : {columns}</translation>
    </message>
    <message>
        <source>read {table} without a header row: {columns}</source>
        <translation>lu {table} sans ligne d&apos;en-tête : {columns}</translation>
    </message>
    <message>
        <source>date-times written at {offset} are turned into {zone}</source>
        <translation>les dates et heures écrites à {offset} sont converties en {zone}</translation>
    </message>
    <message>
        <source>rooms: {count} ({names}), from the column {column}</source>
        <translation>salles : {count} ({names}), de la colonne {column}</translation>
    </message>
    <message>
        <source>chosen: {what}</source>
        <translation>choisi : {what}</translation>
    </message>
    <message>
        <source>segments: {count}, in {files} runs of show (one per room and day)</source>
        <translation>séquences : {count}, en {files} conducteurs (un par salle et par jour)</translation>
    </message>
    <message>
        <source>segments: {count}</source>
        <translation>séquences : {count}</translation>
    </message>
    <message>
        <source>people: {count}</source>
        <translation>personnes : {count}</translation>
    </message>
    <message>
        <source>read as: {what}</source>
        <translation>lu ainsi : {what}</translation>
    </message>
    <message>
        <source>skipped: {what}</source>
        <translation>laissé de côté : {what}</translation>
    </message>
    <message>
        <source>Ontime&apos;s custom fields, kept as cues: {columns}</source>
        <translation>champs personnalisés d&apos;Ontime, gardés comme signaux : {columns}</translation>
    </message>
    <message>
        <source>columns not used: {columns}</source>
        <translation>colonnes non utilisées : {columns}</translation>
    </message>
    <message>
        <source>title: {title} (from the cell {cell})</source>
        <translation>titre : {title} (de la cellule {cell})</translation>
    </message>
    <message>
        <source>title: {title} (given)</source>
        <translation>titre : {title} (donné)</translation>
    </message>
    <message>
        <source>title: {title} (the file&apos;s name: give --title)</source>
        <translation>titre : {title} (le nom du fichier : donnez --title)</translation>
    </message>
    <message>
        <source>date: {dates} (from the cell {cell}: &apos;{written}&apos;)</source>
        <translation>date : {dates} (de la cellule {cell} : &apos;{written}&apos;)</translation>
    </message>
    <message>
        <source>date: {dates} (given)</source>
        <translation>date : {dates} (donnée)</translation>
    </message>
    <message>
        <source>dates: {dates}, from the column {column}</source>
        <translation>dates : {dates}, de la colonne {column}</translation>
    </message>
    <message>
        <source>date: {dates}, today: give --date</source>
        <translation>date : {dates}, aujourd&apos;hui : donnez --date</translation>
    </message>
    <message>
        <source>time zone: {zone} (from the cell {cell}: &apos;{written}&apos;)</source>
        <translation>fuseau horaire : {zone} (de la cellule {cell} : &apos;{written}&apos;)</translation>
    </message>
    <message>
        <source>time zone: {zone} (given)</source>
        <translation>fuseau horaire : {zone} (donné)</translation>
    </message>
    <message>
        <source>time zone: {zone}, the computer&apos;s zone: give --timezone</source>
        <translation>fuseau horaire : {zone}, celui de l&apos;ordinateur : donnez --timezone</translation>
    </message>
    <message>
        <source>start: {time} (from the cell {cell}: &apos;{written}&apos;)</source>
        <translation>début : {time} (de la cellule {cell} : &apos;{written}&apos;)</translation>
    </message>
    <message>
        <source>start: {time} (given)</source>
        <translation>début : {time} (donné)</translation>
    </message>
    <message>
        <source>start: the rows&apos; own times; --start {time} is not used</source>
        <translation>début : les heures des lignes ; --start {time} n&apos;est pas utilisé</translation>
    </message>
    <message>
        <source>start: {time} (the first row&apos;s)</source>
        <translation>début : {time} (celui de la première ligne)</translation>
    </message>
    <message>
        <source>hard stop: {time} (from the cell {cell}: &apos;{written}&apos;)</source>
        <translation>fin impérative : {time} (de la cellule {cell} : &apos;{written}&apos;)</translation>
    </message>
    <message>
        <source>hard stop: {time} (given)</source>
        <translation>fin impérative : {time} (donnée)</translation>
    </message>
    <message>
        <source>hard stop: none (give --end HH:MM)</source>
        <translation>fin impérative : aucune (donnez --end HH:MM)</translation>
    </message>
    <message>
        <source>{where}: row {row} ({title}, {span}) holds rows {rows}: read as a session block, its title a note on its first talk</source>
        <translation>{where} : la ligne {row} ({title}, {span}) contient les lignes {rows} : lue comme un bloc de séance, son titre en note de sa première intervention</translation>
    </message>
    <message>
        <source>{where}: rows {rows} share {span}{session}: read as its {count} parts of {minutes} min, in the table&apos;s order</source>
        <translation>{where} : les lignes {rows} partagent {span}{session} : lues comme ses {count} parties de {minutes} min, dans l&apos;ordre du tableau</translation>
    </message>
    <message>
        <source>{where}: rows {rows} run beside the others: in a room of their own, {room}</source>
        <translation>{where} : les lignes {rows} ont lieu en même temps que les autres : dans une salle à part, {room}</translation>
    </message>
    <message>
        <source>row {row} ({title}): a heading after the last segment</source>
        <translation>ligne {row} ({title}) : un intertitre après la dernière séquence</translation>
    </message>
    <message>
        <source>row {row} ({title}): it closes a group (Timer Type)</source>
        <extracomment>An end earlier than its start is the next day&apos;s when the row then lasts at most this long (an evening into the night: `06:30 PM - 12:00 AM`), and a mistake otherwise (`14:00 - 13:00`). Ontime&apos;s timer types that make a heading (a label in the rundown, no time of its own) and the one that only closes a group.</extracomment>
        <translation>ligne {row} ({title}) : elle ferme un groupe (Timer Type)</translation>
    </message>
    <message>
        <source>row {row} ({title}): Skip is set</source>
        <translation>ligne {row} ({title}) : Skip est coché</translation>
    </message>
    <message>
        <source>&apos;count&apos; is down, up or &apos;to HH:MM&apos;, not &apos;{raw}&apos;</source>
        <translation>« count » vaut down, up ou « to HH:MM », pas « {raw} »</translation>
    </message>
    <message>
        <source>&apos;speaker_timer&apos; is shown or hidden, not &apos;{raw}&apos;</source>
        <translation>« speaker_timer » vaut shown ou hidden, pas « {raw} »</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>non envoyé</translation>
    </message>
    <message>
        <source>the filled body is {size} bytes; at most {limit}</source>
        <extracomment>Among occurrences at the same instant: a segment ends before the next starts, the show ends after its last segment, the floor is given in a segment that has started.</extracomment>
        <translation>le corps rempli fait {size} octets ; au plus {limit}</translation>
    </message>
    <message>
        <source>too many destinations at once; not sent</source>
        <extracomment>Jobs waiting in one lane; more are dropped (a device that is down must not pile up a show&apos;s worth). Lanes at once: destinations are at most the automations&apos; count (core/automations.py MAX_AUTOMATIONS, with the app-wide ones). Waits before each retry, in seconds (the last is repeated). What is read of an answer (its status is what matters). The occurrence&apos;s key (`wrap_up:panel1`): what it was fired for. Why it was not sent (None when it was). Read by the lanes at each job: the preferences may change it while the show runs. Set once closed: a wait between attempts ends, nothing more is tried.</extracomment>
        <translation>trop de destinations à la fois ; non envoyé</translation>
    </message>
    <message>
        <source>{count} automations already waiting for {where}; this one was dropped</source>
        <translation>{count} automatisations attendent déjà {where} ; celle-ci a été abandonnée</translation>
    </message>
    <message>
        <source>the app closed before it could be sent</source>
        <translation>l&apos;application s&apos;est fermée avant l&apos;envoi</translation>
    </message>
    <message>
        <source>cannot find {host}: {error}</source>
        <translation>impossible de trouver {host} : {error}</translation>
    </message>
    <message>
        <source>{host} ({address}) is not on this network; the preferences can allow automations to other hosts</source>
        <translation>{host} ({address}) n&apos;est pas sur ce réseau ; les préférences peuvent autoriser les automatisations vers d&apos;autres hôtes</translation>
    </message>
    <message>
        <source>cannot make the OSC message: {error}</source>
        <translation>impossible de former le message OSC : {error}</translation>
    </message>
    <message>
        <source>could not send to {where}: {error}</source>
        <translation>envoi impossible vers {where} : {error}</translation>
    </message>
    <message>
        <source>no answer from {where} within {seconds} s</source>
        <translation>aucune réponse de {where} en {seconds} s</translation>
    </message>
    <message>
        <source>{where} answered {status} {reason}</source>
        <translation>{where} a répondu {status} {reason}</translation>
    </message>
    <message>
        <source>no audience question &apos;{question}&apos;</source>
        <extracomment>A question&apos;s text, as the contract says (docs/api.md). Questions waiting for a decision at once (more than any moderator reads; a script cannot flood). Questions kept in the live show, decided ones dropped oldest first (never a waiting one). Questions one may be merged with (what a &quot;×N&quot; on the bank says). Where the source of a bank question says &quot;from the audience&quot;. The segment live (or next) when it was asked; None before the first. The text as the phone sent it (`text` is the moderator&apos;s edit, if any).</extracomment>
        <translation>aucune question du public « {question} »</translation>
    </message>
    <message>
        <source>this question has been sent already and waits for the moderator</source>
        <translation>cette question a déjà été envoyée et attend le modérateur</translation>
    </message>
    <message>
        <source>{count} questions are waiting already: try again later</source>
        <translation>{count} questions attendent déjà : réessayez plus tard</translation>
    </message>
    <message>
        <source>this phone has sent {count} questions in the last {minutes} minutes: wait {wait} s</source>
        <translation>ce téléphone a envoyé {count} questions ces {minutes} dernières minutes : attendez {wait} s</translation>
    </message>
    <message>
        <source>{count} questions have come in the last minute: try again in {wait} s</source>
        <translation>{count} questions sont arrivées dans la dernière minute : réessayez dans {wait} s</translation>
    </message>
    <message>
        <source>the show has ended: questions are no longer taken</source>
        <extracomment>What each decision may be given besides `question` and `decision`.</extracomment>
        <translation>la séance est terminée : les questions ne sont plus reçues</translation>
    </message>
    <message>
        <source>&apos;{decision}&apos; takes no argument &apos;{extra}&apos;</source>
        <translation>« {decision} » ne prend pas d&apos;argument « {extra} »</translation>
    </message>
    <message>
        <source>&apos;{decision}&apos; needs &quot;{missing}&quot;</source>
        <translation>« {decision} » demande « {missing} »</translation>
    </message>
    <message>
        <source>segment &apos;{segment}&apos; is over: approve into the live or a later one</source>
        <translation>la séquence « {segment} » est terminée : approuvez dans celle en cours ou une suivante</translation>
    </message>
    <message>
        <source>position {position} is past the last place ({last})</source>
        <translation>la position {position} est après la dernière ({last})</translation>
    </message>
    <message>
        <source>that question has left the bank since</source>
        <translation>cette question a quitté la liste depuis</translation>
    </message>
    <message>
        <source>that question has been asked since</source>
        <translation>cette question a été posée depuis</translation>
    </message>
    <message>
        <source>approving question {id}</source>
        <translation>l&apos;approbation de la question {id}</translation>
    </message>
    <message>
        <source>question {id} has been {status} already</source>
        <translation>la question {id} est déjà {status}</translation>
    </message>
    <message>
        <source>that question has moved on</source>
        <translation>cette question a changé depuis</translation>
    </message>
    <message>
        <source>rejecting question {id}</source>
        <translation>le refus de la question {id}</translation>
    </message>
    <message>
        <source>question {id} is {status}: it is no longer edited</source>
        <translation>la question {id} est {status} : elle ne se modifie plus</translation>
    </message>
    <message>
        <source>editing question {id}</source>
        <translation>la modification de la question {id}</translation>
    </message>
    <message>
        <source>a question cannot be merged into itself</source>
        <translation>une question ne se regroupe pas avec elle-même</translation>
    </message>
    <message>
        <source>question {id} is {status}: merge into a waiting or approved one</source>
        <translation>la question {id} est {status} : regroupez avec une question en attente ou approuvée</translation>
    </message>
    <message>
        <source>question {id} has {count} merged into it already</source>
        <translation>la question {id} en regroupe déjà {count}</translation>
    </message>
    <message>
        <source>merging question {id}</source>
        <translation>le regroupement de la question {id}</translation>
    </message>
    <message>
        <source>moving question {id}</source>
        <translation>le déplacement de la question {id}</translation>
    </message>
    <message>
        <source>question {id} is {status} already</source>
        <translation>la question {id} est déjà {status}</translation>
    </message>
    <message>
        <source>question {id} is no longer in a question bank</source>
        <translation>la question {id} n&apos;est plus dans une liste de questions</translation>
    </message>
    <message>
        <source>this laptop is the standby for {host}: send commands to the show at {url}</source>
        <extracomment>What the composition root does with a copy taken over: open it as the show (tokens by role, the address to serve on, the old show&apos;s address to tell it to stand down). Waiting for the show&apos;s first state before the window opens.</extracomment>
        <translation>cet ordinateur est le poste de secours de {host} : envoyez les commandes au spectacle à {url}</translation>
    </message>
    <message>
        <source>nothing to take over: the show has sent no journal yet</source>
        <translation>rien à reprendre : le spectacle n’a encore envoyé aucun journal</translation>
    </message>
</context>
<context>
    <name>Accessible</name>
    <message>
        <source>{page} shown</source>
        <extracomment>Signs that only decorate a label (the words around them say what it does). Set on the QApplication once the roles are installed: Qt&apos;s factory list is the process&apos;s, and a second window (a reload) must not install them twice.</extracomment>
        <translation>{page} affichée</translation>
    </message>
</context>
<context>
    <name>AddSpeakerDialog</name>
    <message>
        <source>Add a speaker</source>
        <translation>Ajouter un intervenant</translation>
    </message>
    <message>
        <source>Type a name: roster names complete; others come from the floor</source>
        <translation>Saisissez un nom : ceux de la liste se complètent ; les autres viennent de la salle</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Intervenant</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>This event is planned for {date} at {time}; the clock here says another day.</source>
        <extracomment>An event this far from now (another day) opened on the real clock: a rehearsal is offered. Screens up to this wide (laptops, projectors) get the window maximised the first time. Made when there is a first automation to send (the event file&apos;s or the preferences&apos;): a show without any never loads the sender. What standing down does once this laptop&apos;s show was taken over (#29): the composition root&apos;s (this laptop becomes the new show&apos;s standby: its URL, the control token).</extracomment>
        <translation>Cet événement est prévu le {date} à {time} ; l’horloge d’ici indique un autre jour.</translation>
    </message>
    <message>
        <source>Rehearse it from {time}</source>
        <translation>Le répéter à partir de {time}</translation>
    </message>
    <message>
        <source>Warnings in the event file: {count}. The first: {message}</source>
        <translation>Avertissements dans le fichier de l&apos;événement : {count}. Le premier : {message}</translation>
    </message>
    <message>
        <source>The event file changed but took too long to read; the show goes on as it was.</source>
        <translation>Le fichier de l’événement a changé mais sa lecture a pris trop de temps ; le spectacle continue tel quel.</translation>
    </message>
    <message>
        <source> (+{count} more)</source>
        <translation> (+{count} autres)</translation>
    </message>
    <message>
        <source>The event file changed but has errors; the show goes on with the version loaded before:</source>
        <translation>Le fichier de l&apos;événement a changé mais contient des erreurs ; la séance continue avec la version chargée avant :</translation>
    </message>
    <message>
        <source>The event file changed on disk and is valid.</source>
        <translation>Le fichier de l&apos;événement a changé sur le disque et il est valide.</translation>
    </message>
    <message>
        <source>Reload it now</source>
        <translation>Le recharger maintenant</translation>
    </message>
    <message>
        <source>Could not save the settings: {error}</source>
        <translation>Impossible d&apos;enregistrer les préférences : {error}</translation>
    </message>
    <message>
        <source>The new language is used from the next start.</source>
        <translation>La nouvelle langue s&apos;appliquera au prochain démarrage.</translation>
    </message>
    <message>
        <source>The standby laptop is behind: commands are answered on this laptop&apos;s disk alone.</source>
        <translation>Le poste de secours est en retard : les commandes ne sont confirmées que sur le disque de cet ordinateur.</translation>
    </message>
    <message>
        <source>Nothing was written: {files} already there; choose an empty folder.</source>
        <translation>Rien n&apos;a été écrit : {files} existent déjà ; choisissez un dossier vide.</translation>
    </message>
    <message>
        <source>Wrote {count} event files and {venue} in {folder}.</source>
        <translation>{count} fichiers d&apos;événement et {venue} écrits dans {folder}.</translation>
    </message>
</context>
<context>
    <name>AudienceWindow</name>
    <message>
        <source>Audience questions</source>
        <extracomment>How much of a question the Merge list shows (the whole text is in the list above it).</extracomment>
        <translation>Questions du public</translation>
    </message>
    <message>
        <source>Questions from the audience</source>
        <translation>Questions du public</translation>
    </message>
    <message>
        <source>The selected question&apos;s text, to edit</source>
        <translation>Le texte de la question choisie, à modifier</translation>
    </message>
    <message>
        <source>The question&apos;s text</source>
        <translation>Le texte de la question</translation>
    </message>
    <message>
        <source>Approve into</source>
        <translation>Approuver dans</translation>
    </message>
    <message>
        <source>Approve into:</source>
        <translation>Approuver dans :</translation>
    </message>
    <message>
        <source>Merge into</source>
        <translation>Regrouper avec</translation>
    </message>
    <message>
        <source>Merge into:</source>
        <translation>Regrouper avec :</translation>
    </message>
    <message>
        <source>Approve  [Enter]</source>
        <translation>Approuver  [Entrée]</translation>
    </message>
    <message>
        <source>Save the text</source>
        <translation>Enregistrer le texte</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Regrouper</translation>
    </message>
    <message>
        <source>Reject  [Del]</source>
        <translation>Refuser  [Suppr]</translation>
    </message>
    <message>
        <source>↑ Up</source>
        <translation>↑ Monter</translation>
    </message>
    <message>
        <source>↓ Down</source>
        <translation>↓ Descendre</translation>
    </message>
    <message>
        <source>{waiting} waiting · {approved} approved · {rejected} rejected · {refused} refused</source>
        <translation>{waiting} en attente · {approved} approuvées · {rejected} refusées · {refused} rejetées (trop nombreuses)</translation>
    </message>
    <message>
        <source>+{count} similar</source>
        <translation>+{count} semblables</translation>
    </message>
    <message>
        <source>✓ in the bank of {segment}</source>
        <translation>✓ dans la liste de {segment}</translation>
    </message>
    <message>
        <source>Now: {title}</source>
        <translation>En cours : {title}</translation>
    </message>
</context>
<context>
    <name>Automations</name>
    <message>
        <source>{what}: happened while the app was not running; not sent (send it by hand if needed)</source>
        <extracomment>Lines kept for the status bar&apos;s tooltip. An outcome from a lane&apos;s thread (delivered on the GUI thread). What the status bar shows (&quot;&quot; when there are no automations), and its tooltip (the recent problems, as a plain-text tooltip).</extracomment>
        <translation>{what} : arrivé pendant que l&apos;application ne tournait pas ; non envoyé (envoyez-le à la main si besoin)</translation>
    </message>
    <message>
        <source>{what}: came as the app stopped; it may not have gone out (send it by hand if needed)</source>
        <translation>{what} : arrivé à l&apos;arrêt de l&apos;application ; il n&apos;est peut-être pas parti (envoyez-le à la main si besoin)</translation>
    </message>
    <message>
        <source> (tried {count} times)</source>
        <translation> ({count} essais)</translation>
    </message>
    <message>
        <source>automations: {sent} sent</source>
        <translation>automatisations : {sent} envoyées</translation>
    </message>
    <message>
        <source>, {failed} not sent. The last: {last}</source>
        <translation>, {failed} non envoyées. La dernière : {last}</translation>
    </message>
</context>
<context>
    <name>Chimes</name>
    <message>
        <source>Sound needs Qt Multimedia, which is not installed (pip install &apos;runofshow[sound]&apos;); the chimes stay off.</source>
        <extracomment>Volume as the settings keep it (percent) and its default.</extracomment>
        <translation>Le son a besoin de Qt Multimedia, qui n&apos;est pas installé (pip install &apos;runofshow[sound]&apos;) ; les carillons restent coupés.</translation>
    </message>
    <message>
        <source>This computer has no sound output; the chimes stay off.</source>
        <translation>Cet ordinateur n&apos;a aucune sortie son ; les carillons restent coupés.</translation>
    </message>
</context>
<context>
    <name>CountdownPanel</name>
    <message>
        <source>The live segment&apos;s countdown. F2 says where the show stands; F1: the keys.</source>
        <translation>Le compte à rebours de la séquence en cours. F2 dit où en est la séance ; F1 : les touches.</translation>
    </message>
    <message>
        <source>The show has ended</source>
        <translation>La séance est terminée</translation>
    </message>
    <message>
        <source>END</source>
        <translation>FIN</translation>
    </message>
    <message>
        <source>DONE</source>
        <translation>TERMINÉ</translation>
    </message>
    <message>
        <source>Ended {time}</source>
        <translation>Terminé à {time}</translation>
    </message>
    <message>
        <source>The report: File → Export report (Ctrl+E). Ctrl+G reopens a segment.</source>
        <translation>Le rapport : Fichier → Exporter le rapport (Ctrl+E). Ctrl+G rouvre une séquence.</translation>
    </message>
    <message>
        <source>The report: File → Export report (Ctrl+E)</source>
        <translation>Le rapport : Fichier → Exporter le rapport (Ctrl+E)</translation>
    </message>
    <message>
        <source>Report: Ctrl+E</source>
        <translation>Rapport : Ctrl+E</translation>
    </message>
    <message>
        <source>NOW: {title}</source>
        <translation>EN COURS : {title}</translation>
    </message>
    <message>
        <source>READY: {title}</source>
        <translation>PRÊT : {title}</translation>
    </message>
    <message>
        <source>STANDBY · press Space to start at ~{time}</source>
        <translation>EN ATTENTE · Espace pour démarrer vers {time}</translation>
    </message>
    <message>
        <source>PAUSED · {phase} · its time of day runs on</source>
        <translation>EN PAUSE · {phase} · son heure continue de courir</translation>
    </message>
    <message>
        <source>PAUSED · the end moves later</source>
        <translation>EN PAUSE · la fin recule</translation>
    </message>
    <message>
        <source>PAUSED · {phase} · the end moves later</source>
        <translation>EN PAUSE · {phase} · la fin recule</translation>
    </message>
    <message>
        <source>COUNTING UP · no time limit on screen</source>
        <translation>CHRONO · pas de limite à l&apos;écran</translation>
    </message>
    <message>
        <source>OVERTIME · please conclude</source>
        <translation>DÉPASSEMENT · merci de conclure</translation>
    </message>
    <message>
        <source> ({sign}{duration} live)</source>
        <translation> ({sign}{duration} en direct)</translation>
    </message>
    <message>
        <source>to {target}{extra} · ran {elapsed}</source>
        <translation>jusqu&apos;à {target}{extra} · écoulé {elapsed}</translation>
    </message>
    <message>
        <source>planned {length}{extra} · ends ~{time}</source>
        <translation>prévu {length}{extra} · fin vers {time}</translation>
    </message>
    <message>
        <source>{elapsed} of {length}{extra} · ends ~{time}</source>
        <translation>{elapsed} sur {length}{extra} · fin vers {time}</translation>
    </message>
    <message>
        <source>NEXT: end of show</source>
        <translation>ENSUITE : fin de la séance</translation>
    </message>
    <message>
        <source>NEXT: {title} as soon as this ends ({duration})</source>
        <translation>SUIVANTE : {title} dès que celle-ci finit ({duration})</translation>
    </message>
    <message>
        <source>NEXT: {title} at ~{time} ({duration})</source>
        <translation>ENSUITE : {title} vers {time} ({duration})</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <source>Notes for this segment (click to edit, Esc to leave)</source>
        <extracomment>Notes are sent to the show this long after the last keystroke (and at once on leaving the field).</extracomment>
        <translation>Notes de cette séquence (cliquer pour modifier, Échap pour sortir)</translation>
    </message>
    <message>
        <source>Notes for this segment</source>
        <translation>Notes de cette séquence</translation>
    </message>
    <message>
        <source>Add a question</source>
        <translation>Ajouter une question</translation>
    </message>
    <message>
        <source>Question for this segment:</source>
        <translation>Question pour cette séquence :</translation>
    </message>
    <message>
        <source>Double-click: asked / open. Right-click: skipped, asked to…, add a question</source>
        <extracomment>The moderator asked for the audience&apos;s questions (the right-click menu): the window opens them.</extracomment>
        <translation>Double-clic : posée / ouverte. Clic droit : passée, posée à…, ajouter une question</translation>
    </message>
    <message>
        <source>Questions for this segment</source>
        <translation>Questions de ce segment</translation>
    </message>
    <message>
        <source>Cues for this segment</source>
        <translation>Repères de ce segment</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Cues</source>
        <translation>Tops</translation>
    </message>
    <message>
        <source>Questions · moderator {name}</source>
        <translation>Questions · modération : {name}</translation>
    </message>
    <message>
        <source>Questions · {count} from the audience · moderator {name}</source>
        <translation>Questions · {count} du public · modération : {name}</translation>
    </message>
    <message>
        <source>Questions · {count} from the audience</source>
        <translation>Questions · {count} du public</translation>
    </message>
    <message>
        <source>  · from the audience: {name}</source>
        <translation>  · du public : {name}</translation>
    </message>
    <message>
        <source>  · from the audience</source>
        <translation>  · du public</translation>
    </message>
    <message>
        <source>☑ Asked</source>
        <translation>☑ Posée</translation>
    </message>
    <message>
        <source>⤼ Skipped</source>
        <translation>⤼ Passée</translation>
    </message>
    <message>
        <source>☐ Open again</source>
        <translation>☐ Rouvrir</translation>
    </message>
    <message>
        <source>Asked to…</source>
        <translation>Posée à…</translation>
    </message>
    <message>
        <source>+ Add a question…</source>
        <translation>+ Ajouter une question…</translation>
    </message>
    <message>
        <source>Audience questions…</source>
        <translation>Questions du public…</translation>
    </message>
    <message>
        <source>no open question left in this segment</source>
        <translation>plus de question ouverte dans cette séquence</translation>
    </message>
</context>
<context>
    <name>DisplayActions</name>
    <message>
        <source>2 MINUTES</source>
        <translation>2 MINUTES</translation>
    </message>
    <message>
        <source>PLEASE CONCLUDE</source>
        <translation>MERCI DE CONCLURE</translation>
    </message>
    <message>
        <source>SLOW DOWN FOR INTERPRETATION</source>
        <translation>RALENTIR POUR L&apos;INTERPRÉTATION</translation>
    </message>
    <message>
        <source>Message to the speaker</source>
        <translation>Message à l&apos;intervenant</translation>
    </message>
    <message>
        <source>Message (shown large on the speaker display):</source>
        <translation>Message (affiché en grand sur l&apos;écran de l&apos;intervenant) :</translation>
    </message>
    <message>
        <source>Speaker &amp;display</source>
        <extracomment>(screen key, stop at zero, flash): the composition root saves them as settings.</extracomment>
        <translation>Écran de l&apos;&amp;intervenant</translation>
    </message>
    <message>
        <source>Show the speaker display</source>
        <translation>Afficher l&apos;écran de l&apos;intervenant</translation>
    </message>
    <message>
        <source>Move it to the next screen</source>
        <translation>Le passer à l&apos;écran suivant</translation>
    </message>
    <message>
        <source>Blank it</source>
        <translation>Le masquer</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Écran</translation>
    </message>
    <message>
        <source>Stop at 0:00 for the speaker</source>
        <translation>S&apos;arrêter à 0:00 pour l&apos;intervenant</translation>
    </message>
    <message>
        <source>Flash when time runs out</source>
        <translation>Clignoter quand le temps est écoulé</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>Autre…</translation>
    </message>
    <message>
        <source>Clear the message</source>
        <translation>Effacer le message</translation>
    </message>
    <message>
        <source>The displays are mirrored: the speaker display covers the moderator&apos;s screen too.</source>
        <translation>Les écrans sont en miroir : l&apos;écran de l&apos;intervenant couvre aussi celui du modérateur.</translation>
    </message>
    <message>
        <source>The speaker display is on the moderator&apos;s screen (Ctrl+Shift+D moves it; Esc on it hides it).</source>
        <translation>L&apos;écran de l&apos;intervenant est sur celui du modérateur (Ctrl+Maj+D le déplace ; Échap dessus le masque).</translation>
    </message>
    <message>
        <source>The speaker display&apos;s screen was unplugged; it comes back when the screen does.</source>
        <translation>L&apos;écran de l&apos;intervenant a été débranché ; il reviendra avec l&apos;écran.</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>runofshow: the event file has problems</source>
        <translation>runofshow : le fichier de l&apos;événement a des problèmes</translation>
    </message>
    <message>
        <source>&lt;b&gt;{path}&lt;/b&gt; cannot be opened. Fix these lines and try again:</source>
        <translation>&lt;b&gt;{path}&lt;/b&gt; ne peut pas être ouvert. Corrigez ces lignes et réessayez :</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>Ouvrir un autre fichier…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
</context>
<context>
    <name>HeaderBar</name>
    <message>
        <source>REHEARSAL · </source>
        <extracomment>Behind by more than this many seconds turns the schedule label to &quot;behind&quot; (amber/red).</extracomment>
        <translation>RÉPÉTITION · </translation>
    </message>
    <message>
        <source>Time of day in {timezone_name}</source>
        <translation>Heure locale ({timezone_name})</translation>
    </message>
    <message>
        <source>Planned for {date}, {start}–{end}</source>
        <translation>Prévu le {date}, {start}–{end}</translation>
    </message>
    <message>
        <source>not today</source>
        <translation>pas aujourd’hui</translation>
    </message>
    <message>
        <source>Planned end {time}</source>
        <translation>Fin prévue {time}</translation>
    </message>
    <message>
        <source>HARD STOP {time}</source>
        <translation>FIN IMPÉRATIVE {time}</translation>
    </message>
    <message>
        <source>{hard_stop} · {duration} left · ends ~{end}, {over} over</source>
        <translation>{hard_stop} · reste {duration} · fin ~{end}, {over} de trop</translation>
    </message>
    <message>
        <source>{hard_stop} · {duration} left · {over} over</source>
        <translation>{hard_stop} · reste {duration} · {over} de trop</translation>
    </message>
    <message>
        <source>{hard_stop} · PASSED {duration} ago</source>
        <translation>{hard_stop} · DÉPASSÉE depuis {duration}</translation>
    </message>
    <message>
        <source>{time} PASSED {duration} ago</source>
        <translation>{time} DÉPASSÉE depuis {duration}</translation>
    </message>
    <message>
        <source>ENDED {time}</source>
        <translation>TERMINÉ {time}</translation>
    </message>
    <message>
        <source> · {duration} after the hard stop</source>
        <translation> · {duration} après la fin impérative</translation>
    </message>
    <message>
        <source> · {duration} before the hard stop</source>
        <translation> · {duration} avant la fin impérative</translation>
    </message>
    <message>
        <source>ran {ran} (planned {planned})</source>
        <translation>durée {ran} (prévu {planned})</translation>
    </message>
    <message>
        <source>{hard_stop} · {duration} left</source>
        <translation>{hard_stop} · reste {duration}</translation>
    </message>
    <message>
        <source>STOP {time} · {duration} left</source>
        <translation>FIN {time} · reste {duration}</translation>
    </message>
    <message>
        <source>STOP {time} · {duration} left · {over} over</source>
        <translation>FIN {time} · reste {duration} · {over} de trop</translation>
    </message>
    <message>
        <source>{offset} · ends ~{time}</source>
        <translation>{offset} · fin vers {time}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import {name}</source>
        <translation>Importer {name}</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>from the table, else this computer&apos;s ({zone})</source>
        <translation>celui du tableau, sinon celui de cet ordinateur ({zone})</translation>
    </message>
    <message>
        <source>HH:MM, if the table does not say</source>
        <translation>HH:MM, si le tableau ne le dit pas</translation>
    </message>
    <message>
        <source>HH:MM, for a table of durations only</source>
        <translation>HH:MM, pour un tableau de durées seulement</translation>
    </message>
    <message>
        <source>What was found, and where</source>
        <translation>Ce qui a été trouvé, et où</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Encodage</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Hard stop</source>
        <translation>Fin impérative</translation>
    </message>
    <message>
        <source>What each column holds:</source>
        <translation>Ce que contient chaque colonne :</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Lecture de {name}…</translation>
    </message>
    <message>
        <source>{name} is not in UTF-8: it was read as {encoding}, a guess. If names look wrong, choose its encoding above.</source>
        <translation>{name} n’est pas en UTF-8 : il a été lu en {encoding}, une supposition. Si des noms semblent faux, choisissez son encodage ci-dessus.</translation>
    </message>
    <message>
        <source>Problems: {count}. Nothing is imported until they are fixed.</source>
        <translation>Problèmes : {count}. Rien n’est importé tant qu’ils ne sont pas corrigés.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field} : {problem}</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Intervenants</translation>
    </message>
    <message>
        <source>“{title}”, {date}: {count} segments, {people} people</source>
        <translation>« {title} », {date} : {count} séquences, {people} personnes</translation>
    </message>
    <message>
        <source>Rooms and days, with their segments</source>
        <translation>Salles et jours, avec leurs séquences</translation>
    </message>
    <message>
        <source>What to write</source>
        <translation>Ce qu&apos;il faut écrire</translation>
    </message>
    <message>
        <source>{count} segments</source>
        <translation>{count} séquences</translation>
    </message>
    <message>
        <source>All of it: a venue folder ({files} event files and venue.yaml)</source>
        <translation>Tout : un dossier du lieu ({files} fichiers d&apos;événement et venue.yaml)</translation>
    </message>
    <message>
        <source>Only {room} on {date} ({count} segments)</source>
        <translation>Seulement {room} le {date} ({count} séquences)</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>STANDBY</source>
        <translation>EN ATTENTE</translation>
    </message>
    <message>
        <source>RUNNING</source>
        <translation>EN COURS</translation>
    </message>
    <message>
        <source>WRAP UP</source>
        <translation>CONCLURE</translation>
    </message>
    <message>
        <source>FINAL</source>
        <translation>FINAL</translation>
    </message>
    <message>
        <source>OVERTIME</source>
        <translation>DÉPASSEMENT</translation>
    </message>
    <message>
        <source>DONE</source>
        <translation>TERMINÉ</translation>
    </message>
    <message>
        <source>SKIPPED</source>
        <translation>PASSÉ</translation>
    </message>
    <message>
        <source>○ WAITING</source>
        <translation>○ EN FILE</translation>
    </message>
    <message>
        <source>◐ STANDBY</source>
        <translation>◐ ATTENTION</translation>
    </message>
    <message>
        <source>● READY</source>
        <translation>● PRÊT</translation>
    </message>
    <message>
        <source>▶ SPEAKING</source>
        <translation>▶ PAROLE</translation>
    </message>
    <message>
        <source>✓ DONE</source>
        <translation>✓ FAIT</translation>
    </message>
    <message>
        <source>⤼ SKIPPED</source>
        <translation>⤼ PASSÉ</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Déclaration</translation>
    </message>
    <message>
        <source>Point of order</source>
        <translation>Motion d&apos;ordre</translation>
    </message>
    <message>
        <source>Right of reply</source>
        <translation>Droit de réponse</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>From the floor</source>
        <translation>De la salle</translation>
    </message>
    <message>
        <source>ON TIME</source>
        <translation>À L&apos;HEURE</translation>
    </message>
    <message>
        <source>{duration} BEHIND</source>
        <translation>{duration} DE RETARD</translation>
    </message>
    <message>
        <source>{duration} AHEAD</source>
        <translation>{duration} D&apos;AVANCE</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>à venir</translation>
    </message>
    <message>
        <source>live</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>passée</translation>
    </message>
    <message>
        <source>the moderator</source>
        <translation>le modérateur</translation>
    </message>
    <message>
        <source>the speaker</source>
        <translation>l&apos;intervenant</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
</context>
<context>
    <name>LedgerPanel</name>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>Tours</translation>
    </message>
    <message>
        <source>Spoken</source>
        <translation>Parlé</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Reste</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(non précisé)</translation>
    </message>
    <message>
        <source>— not yet</source>
        <translation>— pas encore</translation>
    </message>
    <message>
        <source>{time} over</source>
        <translation>{time} de trop</translation>
    </message>
    <message>
        <source>Floor ledger: speaking time per person, organisation and sector</source>
        <translation>Temps de parole par personne, organisation et secteur</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Go to segment</source>
        <translation>Aller à la séquence</translation>
    </message>
    <message>
        <source>Segment:</source>
        <translation>Séquence :</translation>
    </message>
    <message>
        <source>The show is on</source>
        <translation>Le direct est en cours</translation>
    </message>
    <message>
        <source>Quit runofshow now? The run is kept: start the app again and it resumes where it is.</source>
        <translation>Quitter runofshow maintenant ? Le déroulé est conservé : relancez l&apos;application et il reprend là où il en est.</translation>
    </message>
    <message>
        <source>Open event file</source>
        <translation>Ouvrir un fichier d&apos;événement</translation>
    </message>
    <message>
        <source>Event files (*.yaml *.yml);;All files (*)</source>
        <translation>Fichiers d&apos;événement (*.yaml *.yml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Folder for the venue&apos;s event files</source>
        <translation>Dossier des fichiers d&apos;événement du lieu</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;CSV (*.csv);;JSON (*.json);;Markdown (*.md)</source>
        <translation>PDF (*.pdf);;CSV (*.csv);;JSON (*.json);;Markdown (*.md)</translation>
    </message>
    <message>
        <source>name the file .pdf, .csv, .json or .md</source>
        <translation>nommez le fichier .pdf, .csv, .json ou .md</translation>
    </message>
    <message>
        <source>Rundown: every segment with its times and status</source>
        <extracomment>The key in a toolbar label (&quot;Next ▶▶ [→]&quot;), dropped when the toolbar is short of room. Ask before closing while the show is on (set by the composition root; tests and a window replaced by a reload close without asking).</extracomment>
        <translation>Déroulé : chaque séquence avec ses horaires et son état</translation>
    </message>
    <message>
        <source>Rundown</source>
        <translation>Déroulé</translation>
    </message>
    <message>
        <source>Floor ledger</source>
        <translation>Temps de parole</translation>
    </message>
    <message>
        <source>Start / pause the live segment</source>
        <translation>Démarrer / mettre en pause la séquence en cours</translation>
    </message>
    <message>
        <source>End this segment and start the next</source>
        <translation>Terminer cette séquence et lancer la suivante</translation>
    </message>
    <message>
        <source>Back to the previous segment</source>
        <translation>Revenir à la séquence précédente</translation>
    </message>
    <message>
        <source>Add a minute</source>
        <translation>Ajouter une minute</translation>
    </message>
    <message>
        <source>Remove a minute</source>
        <translation>Retirer une minute</translation>
    </message>
    <message>
        <source>Go to segment…</source>
        <translation>Aller à la séquence…</translation>
    </message>
    <message>
        <source>Land on the hard stop…</source>
        <translation>Finir à l&apos;heure…</translation>
    </message>
    <message>
        <source>Propose a plan that ends on time</source>
        <translation>Proposer un plan qui finit à l&apos;heure</translation>
    </message>
    <message>
        <source>Move time between segments…</source>
        <translation>Déplacer du temps entre séquences…</translation>
    </message>
    <message>
        <source>Back to the show keys</source>
        <translation>Retour aux touches de la séance</translation>
    </message>
    <message>
        <source>Open event file…</source>
        <translation>Ouvrir un fichier d&apos;événement…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Exporter le rapport…</translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation>Préférences…</translation>
    </message>
    <message>
        <source>Remote control…</source>
        <translation>Contrôle à distance…</translation>
    </message>
    <message>
        <source>Keys…</source>
        <translation>Touches…</translation>
    </message>
    <message>
        <source>Say where the show stands</source>
        <translation>Dire où en est la séance</translation>
    </message>
    <message>
        <source>Acknowledge the message</source>
        <translation>Accuser réception du message</translation>
    </message>
    <message>
        <source>Stage manager</source>
        <translation>Régie</translation>
    </message>
    <message>
        <source>Next question asked</source>
        <translation>Question suivante posée</translation>
    </message>
    <message>
        <source>Skip the next question</source>
        <translation>Passer la question suivante</translation>
    </message>
    <message>
        <source>Add a question…</source>
        <translation>Ajouter une question…</translation>
    </message>
    <message>
        <source>Rundown / floor ledger</source>
        <translation>Déroulé / temps de parole</translation>
    </message>
    <message>
        <source>Edit the notes</source>
        <translation>Modifier les notes</translation>
    </message>
    <message>
        <source>Reload the event file</source>
        <translation>Recharger le fichier de l’événement</translation>
    </message>
    <message>
        <source>Edit the plan…</source>
        <translation>Modifier le plan…</translation>
    </message>
    <message>
        <source>New event…</source>
        <translation>Nouvel événement…</translation>
    </message>
    <message>
        <source>Import agenda…</source>
        <translation>Importer un programme…</translation>
    </message>
    <message>
        <source>Save the plan</source>
        <translation>Enregistrer le plan</translation>
    </message>
    <message>
        <source>Save the plan as…</source>
        <translation>Enregistrer le plan sous…</translation>
    </message>
    <message>
        <source>Export the plan as a table…</source>
        <translation>Exporter le plan en tableau…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Séance</translation>
    </message>
    <message>
        <source>Spea&amp;kers</source>
        <translation>&amp;Intervenants</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>A&amp;ffichage</translation>
    </message>
    <message>
        <source>Rundown and floor ledger</source>
        <translation>Déroulé et temps de parole</translation>
    </message>
    <message>
        <source>Speaker queue</source>
        <translation>File des intervenants</translation>
    </message>
    <message>
        <source>Questions, notes and cues</source>
        <translation>Questions, notes et tops</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Frise</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Barre d’outils</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>❚❚ Pause  [Space]</source>
        <translation>❚❚ Pause  [Espace]</translation>
    </message>
    <message>
        <source>▶ Resume  [Space]</source>
        <translation>▶ Reprendre  [Espace]</translation>
    </message>
    <message>
        <source>■ Ended</source>
        <translation>■ Terminé</translation>
    </message>
    <message>
        <source>▶ Start  [Space]</source>
        <translation>▶ Démarrer  [Espace]</translation>
    </message>
    <message>
        <source>Next ▶▶  [→]</source>
        <translation>Suivante ▶▶  [→]</translation>
    </message>
    <message>
        <source>◀◀ Previous  [←]</source>
        <translation>◀◀ Précédente  [←]</translation>
    </message>
    <message>
        <source>+1 min  [+]</source>
        <translation>+1 min  [+]</translation>
    </message>
    <message>
        <source>−1 min  [−]</source>
        <translation>−1 min  [−]</translation>
    </message>
    <message>
        <source>the event has no hard stop (&apos;end&apos; in the event file)</source>
        <translation>l&apos;événement n&apos;a pas de fin impérative (« end » dans le fichier)</translation>
    </message>
    <message>
        <source>The event is planned for {date}, not today: rehearse it at its own time to try it.</source>
        <translation>L&apos;événement est prévu le {date}, pas aujourd&apos;hui : répétez-le à son heure pour l&apos;essayer.</translation>
    </message>
    <message>
        <source>The show has ended: there is nothing left to plan.</source>
        <translation>La séance est terminée : il n’y a plus rien à planifier.</translation>
    </message>
    <message>
        <source>The show lands on the hard stop: nothing to change.</source>
        <translation>La séance finit à l’heure impérative : rien à changer.</translation>
    </message>
    <message>
        <source>Plan applied: Ctrl+Z undoes it</source>
        <translation>Plan appliqué : Ctrl+Z l&apos;annule</translation>
    </message>
    <message>
        <source>The show is projected to end {duration} after the hard stop.</source>
        <translation>La séance devrait finir {duration} après la fin impérative.</translation>
    </message>
    <message>
        <source>Plan to land on time  [F]</source>
        <translation>Plan pour finir à l&apos;heure  [F]</translation>
    </message>
    <message>
        <source>Plan  [F]</source>
        <translation>Plan  [F]</translation>
    </message>
    <message>
        <source>The show is running {duration} early.</source>
        <translation>La séance a {duration} d&apos;avance.</translation>
    </message>
    <message>
        <source>Give the time back  [F]</source>
        <translation>Rendre le temps  [F]</translation>
    </message>
    <message>
        <source>Give back  [F]</source>
        <translation>Rendre  [F]</translation>
    </message>
    <message>
        <source>The computer&apos;s clock was put forward {duration}.</source>
        <translation>L&apos;horloge de l&apos;ordinateur a été avancée de {duration}.</translation>
    </message>
    <message>
        <source>The computer&apos;s clock was put back {duration}.</source>
        <translation>L&apos;horloge de l&apos;ordinateur a été reculée de {duration}.</translation>
    </message>
    <message>
        <source>Countdowns are unaffected; the time of day follows the new clock.</source>
        <translation>Les comptes à rebours n&apos;en sont pas affectés ; l&apos;heure suit la nouvelle horloge.</translation>
    </message>
    <message>
        <source>The computer was asleep or busy for {duration}. The show went on: all times include that gap.</source>
        <translation>L&apos;ordinateur a été en veille ou occupé pendant {duration}. La séance a continué : tous les temps incluent cet écart.</translation>
    </message>
    <message>
        <source>Could not export the report: {exc}</source>
        <translation>Impossible d&apos;exporter le rapport : {exc}</translation>
    </message>
    <message>
        <source>Report saved to {path}</source>
        <translation>Rapport enregistré dans {path}</translation>
    </message>
    <message>
        <source>Start / pause / resume</source>
        <translation>Démarrer / pause / reprendre</translation>
    </message>
    <message>
        <source>Next segment</source>
        <translation>Séquence suivante</translation>
    </message>
    <message>
        <source>Previous segment</source>
        <translation>Séquence précédente</translation>
    </message>
    <message>
        <source>Go to a segment</source>
        <translation>Aller à une séquence</translation>
    </message>
    <message>
        <source>Land on the hard stop (a plan to apply or not)</source>
        <translation>Finir à l&apos;heure (un plan à appliquer ou non)</translation>
    </message>
    <message>
        <source>Move time between segments</source>
        <translation>Déplacer du temps entre séquences</translation>
    </message>
    <message>
        <source>Leave a text field</source>
        <translation>Quitter un champ de texte</translation>
    </message>
    <message>
        <source>Say where the show stands (for a screen reader too)</source>
        <translation>Dire où en est la séance (aussi pour un lecteur d’écran)</translation>
    </message>
    <message>
        <source>Give the floor to the next speaker</source>
        <translation>Donner la parole à l&apos;intervenant suivant</translation>
    </message>
    <message>
        <source>Audience questions…</source>
        <translation>Questions du public…</translation>
    </message>
    <message>
        <source>Approve, edit, merge, reject or order the questions sent from /ask</source>
        <translation>Approuver, modifier, regrouper, refuser ou ordonner les questions envoyées depuis /ask</translation>
    </message>
    <message>
        <source>The audience&apos;s questions: approve, edit, merge, reject, order</source>
        <translation>Les questions du public : approuver, modifier, regrouper, refuser, ordonner</translation>
    </message>
    <message>
        <source>End this turn</source>
        <translation>Terminer ce tour de parole</translation>
    </message>
    <message>
        <source>Pause / resume the speaker</source>
        <translation>Pause / reprise de l&apos;intervenant</translation>
    </message>
    <message>
        <source>Speaker +30 s</source>
        <translation>Intervenant +30 s</translation>
    </message>
    <message>
        <source>Speaker −30 s</source>
        <translation>Intervenant −30 s</translation>
    </message>
    <message>
        <source>Add a speaker</source>
        <translation>Ajouter un intervenant</translation>
    </message>
    <message>
        <source>Select in the queue (Up/Down)</source>
        <translation>Choisir dans la file (Haut/Bas)</translation>
    </message>
    <message>
        <source>Move the selected speaker up (Alt+Down: down, Alt+Home: top)</source>
        <translation>Faire monter l&apos;intervenant choisi (Alt+Bas : descendre, Alt+Début : en tête)</translation>
    </message>
    <message>
        <source>Skip the selected speaker</source>
        <translation>Passer l&apos;intervenant choisi</translation>
    </message>
    <message>
        <source>Return the selected speaker to the queue</source>
        <translation>Remettre l&apos;intervenant choisi dans la file</translation>
    </message>
    <message>
        <source>Remove the selected speaker</source>
        <translation>Retirer l&apos;intervenant choisi</translation>
    </message>
    <message>
        <source>Undo a queue, cue or notes change</source>
        <translation>Annuler un changement de file, de top ou de notes</translation>
    </message>
    <message>
        <source>Mark the next open question asked</source>
        <translation>Marquer posée la prochaine question ouverte</translation>
    </message>
    <message>
        <source>Skip the next open question</source>
        <translation>Passer la prochaine question ouverte</translation>
    </message>
    <message>
        <source>Add a question to this segment</source>
        <translation>Ajouter une question à cette séquence</translation>
    </message>
    <message>
        <source>Edit this segment&apos;s notes (Esc: back to the show keys)</source>
        <translation>Modifier les notes de cette séquence (Échap : retour aux touches de la séance)</translation>
    </message>
    <message>
        <source>Switch between the rundown and the floor ledger</source>
        <translation>Passer du déroulé au temps de parole et retour</translation>
    </message>
    <message>
        <source>Acknowledge a message from the stage</source>
        <translation>Accuser réception d&apos;un message de la régie</translation>
    </message>
    <message>
        <source>Stage manager window</source>
        <translation>Fenêtre de la régie</translation>
    </message>
    <message>
        <source>Keys</source>
        <extracomment>From this screen width on, the keys stand in two columns.</extracomment>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Import agenda</source>
        <translation>Importer un programme</translation>
    </message>
    <message>
        <source>Agendas (*.xlsx *.csv)</source>
        <translation>Programmes (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Export the plan</source>
        <translation>Exporter le plan</translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Not exported: {error}</source>
        <translation>Non exporté : {error}</translation>
    </message>
    <message>
        <source>Plan exported to {path}</source>
        <translation>Plan exporté dans {path}</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Acknowledge  [K]</source>
        <extracomment>A message of a sentence or two is read whole in the digits&apos; column of a 1280×720 laptop at 150% (two lines cut &quot;Minister arriving in 5 minutes: keep the last slot for her&quot; short; three still lost &quot;for her&quot;); the digits give way for the lines it takes, never below a fifth.</extracomment>
        <translation>Vu  [K]</translation>
    </message>
    <message>
        <source>✓ [K]</source>
        <translation>✓ [K]</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Accuser réception</translation>
    </message>
    <message>
        <source>   (+{count} more)</source>
        <translation>   (+{count} autres)</translation>
    </message>
    <message>
        <source>✉ FROM THE BOOTH {time}: {text}{more}</source>
        <translation>✉ DE LA CABINE {time} : {text}{more}</translation>
    </message>
    <message>
        <source>✉ FROM {sender} {time}: {text}{more}</source>
        <translation>✉ DE {sender} {time} : {text}{more}</translation>
    </message>
    <message>
        <source>✉ FROM STAGE {time}: {text}{more}</source>
        <translation>✉ DE LA RÉGIE {time} : {text}{more}</translation>
    </message>
</context>
<context>
    <name>NewEventDialog</name>
    <message>
        <source>New event</source>
        <translation>Nouvel événement</translation>
    </message>
    <message>
        <source>Roundtable: opening, three panels, closing</source>
        <translation>Table ronde : ouverture, trois panels, clôture</translation>
    </message>
    <message>
        <source>Empty: one segment</source>
        <translation>Vide : une séquence</translation>
    </message>
    <message>
        <source>e.g. Roundtable on the Convention</source>
        <translation>p. ex. Table ronde sur la Convention</translation>
    </message>
    <message>
        <source>Hard stop</source>
        <translation>Fin impérative</translation>
    </message>
    <message>
        <source>Start from</source>
        <translation>Partir de</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>The event needs a title.</source>
        <translation>L’événement doit avoir un titre.</translation>
    </message>
    <message>
        <source>Choose a time zone from the list (like Asia/Ho_Chi_Minh).</source>
        <translation>Choisissez un fuseau horaire dans la liste (comme Asia/Ho_Chi_Minh).</translation>
    </message>
    <message>
        <source>The hard stop must be after the start.</source>
        <translation>La fin impérative doit être après le début.</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>OK  [Esc]</source>
        <translation>OK  [Échap]</translation>
    </message>
    <message>
        <source>✓ [Esc]</source>
        <translation>✓ [Échap]</translation>
    </message>
    <message>
        <source>Dismiss the notice</source>
        <translation>Fermer l’avis</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Land on time</source>
        <translation>Finir à l&apos;heure</translation>
    </message>
    <message>
        <source>Shorten what is left</source>
        <translation>Raccourcir ce qui reste</translation>
    </message>
    <message>
        <source>Give the spare time back</source>
        <translation>Rendre le temps gagné</translation>
    </message>
    <message>
        <source>Nothing to change</source>
        <translation>Rien à changer</translation>
    </message>
    <message>
        <source>&lt;b&gt;{verb}&lt;/b&gt;: ends {before} → {after}</source>
        <translation>&lt;b&gt;{verb}&lt;/b&gt; : fin {before} → {after}</translation>
    </message>
    <message>
        <source> (hard stop {time})</source>
        <translation> (fin impérative {time})</translation>
    </message>
    <message>
        <source>⚠ Even at every minimum the show ends {duration} after the hard stop.</source>
        <translation>⚠ Même au minimum partout, la séance finit {duration} après la fin impérative.</translation>
    </message>
    <message>
        <source>Segment / speaker</source>
        <translation>Séquence / intervenant</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Actuel</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposé</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Apply  [Enter]</source>
        <translation>Appliquer  [Entrée]</translation>
    </message>
    <message>
        <source>Cancel  [Esc]</source>
        <translation>Annuler  [Échap]</translation>
    </message>
    <message>
        <source>Ctrl+Z undoes an applied plan.</source>
        <translation>Ctrl+Z annule un plan appliqué.</translation>
    </message>
    <message>
        <source>Move time between segments</source>
        <translation>Déplacer du temps entre séquences</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Take</source>
        <translation>Prendre</translation>
    </message>
    <message>
        <source>from</source>
        <translation>à</translation>
    </message>
    <message>
        <source>and give it to</source>
        <translation>et le donner à</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <source>a speaker needs a name</source>
        <translation>un intervenant doit avoir un nom</translation>
    </message>
    <message>
        <source>Plan: {title}</source>
        <translation>Plan : {title}</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Add segment</source>
        <translation>Ajouter une séquence</translation>
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
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Add speaker</source>
        <translation>Ajouter un intervenant</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Intervenants</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Séquences</translation>
    </message>
    <message>
        <source>{count} segments · planned {start}–{end}</source>
        <translation>{count} séquences · prévu {start}–{end}</translation>
    </message>
    <message>
        <source> · {amount} after the hard stop {stop}</source>
        <translation> · {amount} après la fin impérative {stop}</translation>
    </message>
    <message>
        <source> · hard stop {stop}, {amount} to spare</source>
        <translation> · fin impérative {stop}, {amount} de marge</translation>
    </message>
    <message>
        <source> · {amount} over the fixed start {time} of “{title}”</source>
        <translation> · {amount} au-delà du début fixe {time} de « {title} »</translation>
    </message>
    <message>
        <source> (as typed)</source>
        <translation> (selon la saisie)</translation>
    </message>
    <message>
        <source>Speakers of “{title}”</source>
        <translation>Intervenants de « {title} »</translation>
    </message>
    <message>
        <source>New segment</source>
        <translation>Nouvelle séquence</translation>
    </message>
    <message>
        <source>New speaker</source>
        <translation>Nouvel intervenant</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
</context>
<context>
    <name>PlanModels</name>
    <message>
        <source>Planned</source>
        <extracomment>Cues and questions are edited as one line, separated like this. (field of the event file, header); the first column is the planned start (read only).</extracomment>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Verrouillée</translation>
    </message>
    <message>
        <source>Fixed start</source>
        <translation>Début fixe</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Décompte</translation>
    </message>
    <message>
        <source>Speaker clock</source>
        <translation>Horloge de l&apos;orateur</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Modérateur</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Cues</source>
        <translation>Tops</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Intervenant</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message>
        <source>Request type</source>
        <translation>Type de demande</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Pronunciation</source>
        <translation>Prononciation</translation>
    </message>
    <message>
        <source>This segment has started: its time stays as it ran (use +1 min).</source>
        <extracomment>Which fields a cell edits with a list of choices (the delegate&apos;s business). The planned starts of the plan last shown (worked out once per change, not once per cell).</extracomment>
        <translation>Cette séquence a commencé : son temps reste tel qu’il a été (utilisez +1 min).</translation>
    </message>
</context>
<context>
    <name>PlanSaving</name>
    <message>
        <source>The event file changed</source>
        <translation>Le fichier de l’événement a changé</translation>
    </message>
    <message>
        <source>{path} was changed by someone else since it was loaded. Saving now would replace their changes.</source>
        <translation>{path} a été modifié par quelqu’un d’autre depuis son chargement. Enregistrer maintenant remplacerait ses changements.</translation>
    </message>
    <message>
        <source>Reload theirs</source>
        <translation>Recharger leur version</translation>
    </message>
    <message>
        <source>Keep mine: save as…</source>
        <translation>Garder la mienne : enregistrer sous…</translation>
    </message>
    <message>
        <source>Overwrite theirs</source>
        <translation>Écraser leur version</translation>
    </message>
    <message>
        <source>Save the plan as</source>
        <translation>Enregistrer le plan sous</translation>
    </message>
    <message>
        <source>Event files (*.yaml *.yml)</source>
        <translation>Fichiers d’événement (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>The plan was not saved: {error}</source>
        <extracomment>Dialogs, replaceable (tests answer them without a person).</extracomment>
        <translation>Le plan n’a pas été enregistré : {error}</translation>
    </message>
    <message>
        <source>Plan saved to {path}</source>
        <translation>Plan enregistré dans {path}</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>from the event file</source>
        <translation>celui du fichier</translation>
    </message>
    <message>
        <source>Preferences</source>
        <extracomment>Where the test buttons play (a sound output&apos;s id -&gt; a sink): QtMultimedia&apos;s; tests count plays.</extracomment>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>the system&apos;s ({language})</source>
        <translation>celle du système ({language})</translation>
    </message>
    <message>
        <source>every change (state, segment, speaker, messages)</source>
        <translation>chaque changement (état, séquence, intervenant, messages)</translation>
    </message>
    <message>
        <source>only FINAL, OVERTIME, the end and messages</source>
        <translation>seulement FINAL, DÉPASSEMENT, la fin et les messages</translation>
    </message>
    <message>
        <source>nothing (F2 still says where the show stands)</source>
        <translation>rien (F2 dit toujours où en est la séance)</translation>
    </message>
    <message>
        <source>beside the main window</source>
        <translation>à côté de la fenêtre principale</translation>
    </message>
    <message>
        <source>off (e.g. 127.0.0.1:8765)</source>
        <translation>désactivé (p. ex. 127.0.0.1:8765)</translation>
    </message>
    <message>
        <source>a new token each start</source>
        <translation>un nouveau jeton à chaque démarrage</translation>
    </message>
    <message>
        <source>none; as in an event file, e.g.
- on: time_up
  osc: {to: &quot;127.0.0.1:53000&quot;, address: /cue/red/start}</source>
        <translation>aucune ; comme dans un fichier d’événement, p. ex.
- on: time_up
  osc: {to: &quot;127.0.0.1:53000&quot;, address: /cue/red/start}</translation>
    </message>
    <message>
        <source>Automations may go to hosts beyond this computer and its local networks</source>
        <translation>Les automatisations peuvent aller vers des hôtes au-delà de cet ordinateur et de ses réseaux locaux</translation>
    </message>
    <message>
        <source>WRAP UP from</source>
        <translation>CONCLURE à partir de</translation>
    </message>
    <message>
        <source>FINAL from</source>
        <translation>FINAL à partir de</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Font scale</source>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <source>Language (at the next start)</source>
        <translation>Langue (au prochain démarrage)</translation>
    </message>
    <message>
        <source>Screen reader announcements</source>
        <translation>Annonces au lecteur d’écran</translation>
    </message>
    <message>
        <source>Stage manager&apos;s screen</source>
        <translation>Écran de la régie</translation>
    </message>
    <message>
        <source>Control API (--serve)</source>
        <translation>API de contrôle (--serve)</translation>
    </message>
    <message>
        <source>API token (--token)</source>
        <translation>Jeton de l&apos;API (--token)</translation>
    </message>
    <message>
        <source>Automations for every event</source>
        <translation>Automatisations pour chaque événement</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>Fichiers récents</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>on this laptop</source>
        <translation>sur cet ordinateur</translation>
    </message>
    <message>
        <source>for the speaker display, through</source>
        <translation>pour l&apos;écran de l&apos;orateur, par</translation>
    </message>
    <message>
        <source>the system&apos;s sound output</source>
        <translation>la sortie son du système</translation>
    </message>
    <message>
        <source>Chimes at WRAP UP, FINAL, time up</source>
        <translation>Carillons à CONCLURE, FINAL, temps écoulé</translation>
    </message>
    <message>
        <source>▶ WRAP UP</source>
        <translation>▶ CONCLURE</translation>
    </message>
    <message>
        <source>▶ FINAL</source>
        <translation>▶ FINAL</translation>
    </message>
    <message>
        <source>▶ TIME UP</source>
        <translation>▶ TEMPS ÉCOULÉ</translation>
    </message>
    <message>
        <source>Play this chime now, at this volume</source>
        <translation>Jouer ce carillon maintenant, à ce volume</translation>
    </message>
    <message>
        <source>Chime volume (try them)</source>
        <translation>Volume des carillons (essayez-les)</translation>
    </message>
    <message>
        <source>line {line}, column {column}: {problem}</source>
        <translation>ligne {line}, colonne {column} : {problem}</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
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
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Tout sélectionner</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Oui</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Non</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Valeurs par défaut</translation>
    </message>
</context>
<context>
    <name>QTabBar</name>
    <message>
        <source>Scroll Left</source>
        <translation>Défiler vers la gauche</translation>
    </message>
    <message>
        <source>Scroll Right</source>
        <translation>Défiler vers la droite</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Tout sélectionner</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>Cue</source>
        <translation>Top</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Intervenant</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message>
        <source>❚❚ PAUSED</source>
        <translation>❚❚ EN PAUSE</translation>
    </message>
    <message>
        <source>✓ {group} within budget</source>
        <translation>✓ {group} dans le budget</translation>
    </message>
    <message>
        <source>⚠ {group} over budget</source>
        <translation>⚠ {group} hors budget</translation>
    </message>
    <message>
        <source>{name} asks for the floor: Y accepts, D declines</source>
        <translation>{name} demande la parole : Y accepte, D refuse</translation>
    </message>
    <message>
        <source>☝ REQUESTED</source>
        <translation>☝ DEMANDE</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Say</source>
        <translation>Prononcer</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <source>Speakers</source>
        <extracomment>Below this many average characters of width the queue is compact (cue shapes, types after names).</extracomment>
        <translation>Intervenants</translation>
    </message>
    <message>
        <source>Speaker queue of the live segment</source>
        <translation>File des intervenants de la séquence en cours</translation>
    </message>
    <message>
        <source>Speakers · {title}</source>
        <translation>Intervenants · {title}</translation>
    </message>
</context>
<context>
    <name>RemoteDialog</name>
    <message>
        <source>Agenda (anyone)</source>
        <extracomment>The standby&apos;s address, read when the links are built (a standby may say it after start). QR codes side by side in the dialog (seven links make two rows on a laptop&apos;s screen).</extracomment>
        <translation>Programme (tout le monde)</translation>
    </message>
    <message>
        <source>Speaker display</source>
        <translation>Écran de l&apos;intervenant</translation>
    </message>
    <message>
        <source>Lower third for the stream (OBS, vMix)</source>
        <translation>Bandeau de titre pour la diffusion (OBS, vMix)</translation>
    </message>
    <message>
        <source>Stage manager (cues and messages)</source>
        <translation>Régie (tops et messages)</translation>
    </message>
    <message>
        <source>The room: ask for the floor</source>
        <translation>La salle : demander la parole</translation>
    </message>
    <message>
        <source>The audience: ask a question</source>
        <translation>Le public : poser une question</translation>
    </message>
    <message>
        <source>Floor manager</source>
        <translation>Régie de salle</translation>
    </message>
    <message>
        <source>Interpreters&apos; booth</source>
        <translation>Cabine des interprètes</translation>
    </message>
    <message>
        <source>Remote control</source>
        <translation>Contrôle à distance</translation>
    </message>
    <message>
        <source>The network is off. Start with --serve [HOST:]PORT (or set it in Preferences).</source>
        <translation>Le réseau est désactivé. Démarrez avec --serve [HÔTE:]PORT (ou réglez-le dans les Préférences).</translation>
    </message>
    <message>
        <source>this computer only</source>
        <translation>cet ordinateur seulement</translation>
    </message>
    <message>
        <source>the network</source>
        <translation>le réseau</translation>
    </message>
    <message>
        <source>Listening on {where}. Open these on other devices:</source>
        <translation>À l&apos;écoute sur {where}. Ouvrez ces adresses sur d&apos;autres appareils :</translation>
    </message>
    <message>
        <source>If this laptop dies, pages and connect windows move to {address} (the links above carry it; runofshow connect takes it as --fallback {address}).</source>
        <translation>Si cet ordinateur tombe en panne, les pages et les fenêtres connect passent à {address} (les liens ci-dessus la portent ; runofshow connect la prend avec --fallback {address}).</translation>
    </message>
    <message>
        <source>Control token (everything): &lt;b&gt;{token}&lt;/b&gt;&lt;br&gt;Stage token (cues and messages only): &lt;b&gt;{stage_token}&lt;/b&gt;&lt;br&gt;Scripts and Stream Deck: POST /api/v1/command with &apos;Authorization: Bearer TOKEN&apos;; live feed: ws://…/api/v1/ws.</source>
        <translation>Jeton de contrôle (tout) : &lt;b&gt;{token}&lt;/b&gt;&lt;br&gt;Jeton de régie (tops et messages seulement) : &lt;b&gt;{stage_token}&lt;/b&gt;&lt;br&gt;Scripts et Stream Deck : POST /api/v1/command avec « Authorization: Bearer JETON » ; flux en direct : ws://…/api/v1/ws.</translation>
    </message>
    <message>
        <source>Floor manager (requests, queue order, cues, audience questions; never the clock): &lt;b&gt;{floor}&lt;/b&gt;&lt;br&gt;Interpreters&apos; booth (messages only): &lt;b&gt;{booth}&lt;/b&gt;&lt;br&gt;The room (ask for the floor, withdraw): &lt;b&gt;{participant}&lt;/b&gt;&lt;br&gt;The audience (send a question): &lt;b&gt;{audience}&lt;/b&gt;</source>
        <translation>Régie de salle (demandes, ordre de la file, signaux, questions du public ; jamais l&apos;horloge) : &lt;b&gt;{floor}&lt;/b&gt;&lt;br&gt;Cabine des interprètes (messages seulement) : &lt;b&gt;{booth}&lt;/b&gt;&lt;br&gt;La salle (demander la parole, retirer) : &lt;b&gt;{participant}&lt;/b&gt;&lt;br&gt;Le public (envoyer une question) : &lt;b&gt;{audience}&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>RemoteInputs</name>
    <message>
        <source>API {url} · Ctrl+R: links and tokens</source>
        <extracomment>Where the pages and `connect` windows go should this laptop die (`--fallback`, or a standby that says its address): the server and Help → Remote control read it when used. The standby laptop&apos;s link (#29): made with the server (a standby follows the feed). Set by the session (ShowApp.prepare_command): a command&apos;s slow part off the GUI thread (ui/session/remote_port.py), the file read for a `reload`.</extracomment>
        <translation>API {url} · Ctrl+R : liens et jetons</translation>
    </message>
</context>
<context>
    <name>RemoteShow</name>
    <message>
        <source> · connecting…</source>
        <extracomment>How long one attempt may take to open when there is another address to try: a live server on the LAN answers in milliseconds; a laptop that died without a word answers nothing at all. Makes a link to (url, token, open timeout).</extracomment>
        <translation> · connexion…</translation>
    </message>
    <message>
        <source> · reconnecting… ({exc})</source>
        <translation> · reconnexion… ({exc})</translation>
    </message>
    <message>
        <source> · connected to the fallback {address}</source>
        <translation> · connecté au secours {address}</translation>
    </message>
    <message>
        <source> · connected</source>
        <translation> · connecté</translation>
    </message>
    <message>
        <source>not connected: try again in a moment</source>
        <translation>non connecté : réessayez dans un instant</translation>
    </message>
    <message>
        <source>not sent: {exc}</source>
        <translation>non envoyé : {exc}</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>Light bars: planned.  Dark bars: actual (green on time or early, red over).  Dashed line: hard stop.</source>
        <translation>Barres claires : prévu.  Barres foncées : réel (vert à l&apos;heure ou en avance, rouge en dépassement).  Tirets : fin impérative.</translation>
    </message>
    <message>
        <source>Report · {title}</source>
        <translation>Rapport · {title}</translation>
    </message>
    <message>
        <source> (rehearsal)</source>
        <translation> (répétition)</translation>
    </message>
    <message>
        <source>not ended</source>
        <translation>non terminée</translation>
    </message>
    <message>
        <source> · hard stop {time}</source>
        <translation> · fin impérative {time}</translation>
    </message>
    <message>
        <source>Session {session} · planned end {planned} · actual end {ended}{hard}</source>
        <translation>Session {session} · fin prévue {planned} · fin réelle {ended}{hard}</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Séquences</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Séquence</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Ran</source>
        <translation>Réel</translation>
    </message>
    <message>
        <source>Over/under</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>Tours</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Intervenant</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Allotted</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Spoken</source>
        <translation>Parlé</translation>
    </message>
    <message>
        <source>Pauses</source>
        <translation>Pauses</translation>
    </message>
    <message>
        <source>Speaking time per person</source>
        <translation>Temps de parole par personne</translation>
    </message>
    <message>
        <source>Per organisation</source>
        <translation>Par organisation</translation>
    </message>
    <message>
        <source>Per sector</source>
        <translation>Par secteur</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Utilisé</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Reste</translation>
    </message>
    <message>
        <source> (from the audience: {name})</source>
        <translation> (du public : {name})</translation>
    </message>
    <message>
        <source> (from the audience)</source>
        <translation> (du public)</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucun.</translation>
    </message>
    <message>
        <source>{length} · count up</source>
        <translation>{length} · chrono</translation>
    </message>
    <message>
        <source>{length} · to {time}</source>
        <translation>{length} · jusqu&apos;à {time}</translation>
    </message>
    <message>
        <source>Time budgets (by organisation)</source>
        <translation>Temps de parole alloués (par organisation)</translation>
    </message>
    <message>
        <source>Time budgets (by sector)</source>
        <translation>Temps de parole alloués (par secteur)</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source> (to {name})</source>
        <translation> (à {name})</translation>
    </message>
    <message>
        <source>seen {time}</source>
        <translation>vu à {time}</translation>
    </message>
    <message>
        <source>not acknowledged</source>
        <translation>non lu</translation>
    </message>
    <message>
        <source>{time}  to {recipient}: {text}  ({seen})</source>
        <translation>{time}  à {recipient} : {text}  ({seen})</translation>
    </message>
    <message>
        <source>Questions from the audience</source>
        <translation>Questions du public</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What became of it</source>
        <translation>Ce qu&apos;elle est devenue</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approuvée</translation>
    </message>
    <message>
        <source>asked</source>
        <translation>posée</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>non posée</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>refusée</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>regroupée</translation>
    </message>
    <message>
        <source>+{count} similar</source>
        <translation>+{count} semblables</translation>
    </message>
    <message>
        <source>sent as: {text}</source>
        <translation>envoyée ainsi : {text}</translation>
    </message>
    <message>
        <source>Run of show · {title}</source>
        <translation>Conducteur · {title}</translation>
    </message>
    <message>
        <source>{language} (interpretation {interpretation})</source>
        <translation>{language} (interprétation {interpretation})</translation>
    </message>
    <message>
        <source>  (fixed start)</source>
        <translation>  (début fixe)</translation>
    </message>
    <message>
        <source>Moderator: {name}</source>
        <translation>Modération : {name}</translation>
    </message>
    <message>
        <source>Role, organisation</source>
        <translation>Fonction, organisation</translation>
    </message>
    <message>
        <source>Say it / language</source>
        <translation>Prononciation / langue</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Questions: </source>
        <translation>Questions : </translation>
    </message>
    <message>
        <source>Cues:  </source>
        <translation>Tops :  </translation>
    </message>
    <message>
        <source>Notes: {notes}</source>
        <translation>Notes : {notes}</translation>
    </message>
</context>
<context>
    <name>ResumeDialog</name>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt;: the last run was a rehearsal, closed at {last_change}.</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt; : la dernière séance était une répétition, fermée à {last_change}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt;: the last run went to its end and was closed at {last_change}.</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt; : la dernière séance est allée jusqu’au bout et a été fermée à {last_change}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt; has a run that was closed at {last_change}.</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt; a une séance interrompue à {last_change}.</translation>
    </message>
    <message>
        <source>Resume it (times, queues, notes and messages as they were), or start a new run? A new run keeps the old one in the archive.</source>
        <translation>La reprendre (horaires, files, notes et messages tels quels), ou commencer une nouvelle séance ? Une nouvelle séance garde l&apos;ancienne dans les archives.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Start a new run</source>
        <translation>Nouvelle séance</translation>
    </message>
</context>
<context>
    <name>RundownModel</name>
    <message>
        <source>Plan</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Séquence</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Reste</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>○ pending</source>
        <translation>○ à venir</translation>
    </message>
    <message>
        <source>● LIVE</source>
        <translation>● EN COURS</translation>
    </message>
    <message>
        <source>✓ done</source>
        <translation>✓ terminée</translation>
    </message>
    <message>
        <source>⤼ skipped</source>
        <translation>⤼ passée</translation>
    </message>
    <message>
        <source>{title}
{kind} · speakers: {count}
ends ~{time}</source>
        <translation>{title}
{kind} · intervenants : {count}
fin vers {time}</translation>
    </message>
    <message>
        <source>counts down to {time}</source>
        <translation>décompte jusqu&apos;à {time}</translation>
    </message>
    <message>
        <source>counts up (its length is only planned)</source>
        <translation>chrono (sa durée n&apos;est que prévue)</translation>
    </message>
    <message>
        <source>no clock on the speaker display</source>
        <translation>pas d&apos;horloge sur l&apos;écran de l&apos;orateur</translation>
    </message>
    <message>
        <source>❚❚ PAUSED</source>
        <translation>❚❚ EN PAUSE</translation>
    </message>
    <message>
        <source>✓ OVERRAN</source>
        <translation>✓ DÉPASSÉE</translation>
    </message>
</context>
<context>
    <name>ShowController</name>
    <message>
        <source>NOT DONE, the disk is full or read-only: {exc}</source>
        <extracomment>A new show&apos;s word to an old one that comes back (#29): not a command of the show, never journaled as one; the session writes its term record. Land this long after the boundary so the new second is surely visible. A wall clock that moves this much more (or less) than the monotonic clock has been stepped. Ticks come at least once a second; a longer silence means the computer slept or hung. Parts of the state that are not the show&apos;s (a key each; read on the GUI thread). This laptop stood down (#29): another holds the show; every command is refused with why. What `stand_down` (a new show&apos;s knock, the control token) does: the session&apos;s.</extracomment>
        <translation>NON FAIT, le disque est plein ou en lecture seule : {exc}</translation>
    </message>
</context>
<context>
    <name>SpeakerActions</name>
    <message>
        <source>Give the floor to the next speaker</source>
        <translation>Donner la parole à l&apos;intervenant suivant</translation>
    </message>
    <message>
        <source>End this turn</source>
        <translation>Terminer ce tour de parole</translation>
    </message>
    <message>
        <source>Pause / resume the speaker</source>
        <translation>Pause / reprise de l&apos;intervenant</translation>
    </message>
    <message>
        <source>Speaker +30 s</source>
        <translation>Intervenant +30 s</translation>
    </message>
    <message>
        <source>Speaker −30 s</source>
        <translation>Intervenant −30 s</translation>
    </message>
    <message>
        <source>Add a speaker…</source>
        <translation>Ajouter un intervenant…</translation>
    </message>
    <message>
        <source>Select the speaker above</source>
        <translation>Choisir l&apos;intervenant au-dessus</translation>
    </message>
    <message>
        <source>Select the speaker below</source>
        <translation>Choisir l&apos;intervenant en dessous</translation>
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
        <source>Move to the top</source>
        <translation>Mettre en tête</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
    <message>
        <source>Return to the queue</source>
        <translation>Remettre dans la file</translation>
    </message>
    <message>
        <source>Remove from the queue</source>
        <translation>Retirer de la file</translation>
    </message>
    <message>
        <source>Accept the request to speak</source>
        <translation>Accepter la demande de parole</translation>
    </message>
    <message>
        <source>Decline the request to speak</source>
        <translation>Refuser la demande de parole</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>🗣 Next speaker  [G]</source>
        <translation>🗣 Intervenant suivant  [G]</translation>
    </message>
    <message>
        <source>+ Speaker  [A]</source>
        <translation>+ Intervenant  [A]</translation>
    </message>
    <message>
        <source>↶ Undo</source>
        <translation>↶ Annuler</translation>
    </message>
    <message>
        <source>no one is asking for the floor</source>
        <translation>personne ne demande la parole</translation>
    </message>
    <message>
        <source>select a speaker first (Up/Down or a click)</source>
        <translation>choisissez d&apos;abord un intervenant (Haut/Bas ou un clic)</translation>
    </message>
</context>
<context>
    <name>SpeakerDisplay</name>
    <message>
        <source>●  ON TIME</source>
        <translation>●  DANS LES TEMPS</translation>
    </message>
    <message>
        <source>▲  WRAP UP</source>
        <translation>▲  CONCLURE</translation>
    </message>
    <message>
        <source>◆  FINAL</source>
        <translation>◆  FINAL</translation>
    </message>
    <message>
        <source>■  TIME IS UP</source>
        <translation>■  TEMPS ÉCOULÉ</translation>
    </message>
    <message>
        <source>❚❚  PAUSED</source>
        <translation>❚❚  EN PAUSE</translation>
    </message>
    <message>
        <source>↑  TIME SO FAR</source>
        <translation>↑  TEMPS PASSÉ</translation>
    </message>
    <message>
        <source>Speaker display · runofshow</source>
        <translation>Écran de l&apos;intervenant · runofshow</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>Merci</translation>
    </message>
    <message>
        <source>Starts at {time}</source>
        <translation>Commence à {time}</translation>
    </message>
    <message>
        <source>Next: {name}</source>
        <translation>Ensuite : {name}</translation>
    </message>
    <message>
        <source> · until {time}</source>
        <translation> · jusqu&apos;à {time}</translation>
    </message>
</context>
<context>
    <name>SpeakerStrip</name>
    <message>
        <source>The show has ended · Ctrl+G reopens a segment</source>
        <translation>La séance est terminée · Ctrl+G rouvre une séquence</translation>
    </message>
    <message>
        <source>NEXT: {name} — {cue}   [G: give the floor]</source>
        <translation>ENSUITE : {name} — {cue}   [G : donner la parole]</translation>
    </message>
    <message>
        <source>NEXT: {name} — {cue}</source>
        <translation>ENSUITE : {name} — {cue}</translation>
    </message>
    <message>
        <source>NEXT: {name}</source>
        <translation>ENSUITE : {name}</translation>
    </message>
    <message>
        <source>NEXT: no one waiting  [A: add a speaker]</source>
        <translation>ENSUITE : personne en attente  [A : ajouter un intervenant]</translation>
    </message>
    <message>
        <source>FLOOR: no one is speaking</source>
        <translation>PAROLE : personne ne parle</translation>
    </message>
    <message>
        <source>FLOOR: {name}</source>
        <translation>PAROLE : {name}</translation>
    </message>
    <message>
        <source>❚❚ PAUSED</source>
        <translation>❚❚ EN PAUSE</translation>
    </message>
    <message>
        <source>SPEAKING</source>
        <translation>À LA PAROLE</translation>
    </message>
</context>
<context>
    <name>StageWindow</name>
    <message>
        <source>Speaker ready</source>
        <extracomment>Compact below this many average characters of width, or lines of height.</extracomment>
        <translation>Intervenant prêt</translation>
    </message>
    <message>
        <source>Wrap up</source>
        <translation>Conclure</translation>
    </message>
    <message>
        <source>Interpretation problem</source>
        <translation>Problème d&apos;interprétation</translation>
    </message>
    <message>
        <source>Mic check</source>
        <translation>Vérifier le micro</translation>
    </message>
    <message>
        <source>◐ Standby  [1]</source>
        <translation>◐ Attention  [1]</translation>
    </message>
    <message>
        <source>● Ready  [2]</source>
        <translation>● Prêt  [2]</translation>
    </message>
    <message>
        <source>○ Back to waiting  [3]</source>
        <translation>○ Retour en file  [3]</translation>
    </message>
    <message>
        <source>✉ {text}  [F{key}]</source>
        <translation>✉ {text}  [F{key}]</translation>
    </message>
    <message>
        <source>To the speaker:</source>
        <translation>À l&apos;intervenant :</translation>
    </message>
    <message>
        <source>Custom message to the moderator, Enter to send</source>
        <translation>Message libre au modérateur, Entrée pour envoyer</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>À venir</translation>
    </message>
    <message>
        <source>Speaker notes</source>
        <translation>Notes sur l&apos;intervenant</translation>
    </message>
    <message>
        <source>Message to the moderator: {text}</source>
        <translation>Message au modérateur : {text}</translation>
    </message>
    <message>
        <source>Custom message to the moderator</source>
        <translation>Message libre au modérateur</translation>
    </message>
    <message>
        <source>Segment cues</source>
        <translation>Tops de la séquence</translation>
    </message>
    <message>
        <source>Messages to the moderator</source>
        <translation>Messages au modérateur</translation>
    </message>
    <message>
        <source>Stage manager · {title}</source>
        <translation>Régie · {title}</translation>
    </message>
    <message>
        <source>LIVE: {title}</source>
        <translation>EN COURS : {title}</translation>
    </message>
    <message>
        <source>NEXT: {title}</source>
        <translation>ENSUITE : {title}</translation>
    </message>
    <message>
        <source>The show has ended: no one to cue</source>
        <translation>La séance est terminée : personne à appeler</translation>
    </message>
    <message>
        <source>✓ seen {time}</source>
        <translation>✓ vu à {time}</translation>
    </message>
    <message>
        <source>○ not yet seen</source>
        <translation>○ pas encore vu</translation>
    </message>
    <message>
        <source>▣ Lower third on  [L]</source>
        <translation>▣ Bandeau affiché  [L]</translation>
    </message>
    <message>
        <source>□ Lower third off  [L]</source>
        <translation>□ Bandeau masqué  [L]</translation>
    </message>
    <message>
        <source>● linked to the fallback {address}</source>
        <translation>● relié au secours {address}</translation>
    </message>
    <message>
        <source>● linked</source>
        <translation>● relié</translation>
    </message>
    <message>
        <source>■ LINK LOST {time} · reconnecting…</source>
        <translation>■ LIAISON PERDUE {time} · reconnexion…</translation>
    </message>
    <message>
        <source>The show has ended · {time}</source>
        <translation>La séance est terminée · {time}</translation>
    </message>
    <message>
        <source>NOW: {title} · ↑{ran} so far · {time}</source>
        <translation>EN COURS : {title} · ↑{ran} jusqu&apos;ici · {time}</translation>
    </message>
    <message>
        <source>NOW: {title} · ↑{ran} so far</source>
        <translation>EN COURS : {title} · ↑{ran} jusqu&apos;ici</translation>
    </message>
    <message>
        <source>↑{ran} so far · {time}</source>
        <translation>↑{ran} jusqu&apos;ici · {time}</translation>
    </message>
    <message>
        <source>NOW: {title} · OVERTIME {over} · {time}</source>
        <translation>EN COURS : {title} · DÉPASSE DE {over} · {time}</translation>
    </message>
    <message>
        <source>NOW: {title} · OVERTIME {over}</source>
        <translation>EN COURS : {title} · DÉPASSE DE {over}</translation>
    </message>
    <message>
        <source>OVERTIME {over} · {time}</source>
        <translation>DÉPASSE DE {over} · {time}</translation>
    </message>
    <message>
        <source>{title} (until {time})</source>
        <translation>{title} (jusqu&apos;à {time})</translation>
    </message>
    <message>
        <source>NOW: {title} · {left} left · {time}</source>
        <translation>EN COURS : {title} · reste {left} · {time}</translation>
    </message>
    <message>
        <source>READY: {title} · {left} left · {time}</source>
        <translation>PRÊT : {title} · reste {left} · {time}</translation>
    </message>
    <message>
        <source>{left} left · {time}</source>
        <translation>reste {left} · {time}</translation>
    </message>
    <message>
        <source>NOW: {title} · {left} left</source>
        <translation>EN COURS : {title} · reste {left}</translation>
    </message>
    <message>
        <source>READY: {title} · {left} left</source>
        <translation>PRÊT : {title} · reste {left}</translation>
    </message>
    <message>
        <source>Say it</source>
        <translation>Prononciation</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>StandbyShipping</name>
    <message>
        <source>No standby laptop</source>
        <translation>Aucun poste de secours</translation>
    </message>
    <message>
        <source>Standby {host}: in step</source>
        <translation>Secours {host} : à jour</translation>
    </message>
    <message>
        <source>STANDBY BEHIND ({host}): this laptop alone holds the latest</source>
        <translation>SECOURS EN RETARD ({host}) : seul cet ordinateur a les dernières commandes</translation>
    </message>
</context>
<context>
    <name>StandbyWindow</name>
    <message>
        <source>STANDBY for {host} — in step</source>
        <translation>SECOURS de {host} — à jour</translation>
    </message>
    <message>
        <source>STANDBY for {host} — {count} records behind</source>
        <translation>SECOURS de {host} — {count} enregistrements de retard</translation>
    </message>
    <message>
        <source>STANDBY for {host} — not linked yet</source>
        <translation>SECOURS de {host} — pas encore relié</translation>
    </message>
    <message>
        <source>STANDBY for {host} — link lost {time}</source>
        <translation>SECOURS de {host} — liaison perdue depuis {time}</translation>
    </message>
    <message>
        <source>runofshow — standby</source>
        <translation>runofshow — poste de secours</translation>
    </message>
    <message>
        <source>Take over the show… ({key})</source>
        <translation>Reprendre le spectacle… ({key})</translation>
    </message>
    <message>
        <source>The show&apos;s laptop still answers: it goes on as the show until it is told.</source>
        <translation>L’ordinateur du spectacle répond encore : il reste le spectacle jusqu’à ce qu’il en soit averti.</translation>
    </message>
    <message>
        <source>The show&apos;s laptop has not answered for a while.</source>
        <translation>L’ordinateur du spectacle ne répond plus depuis un moment.</translation>
    </message>
    <message>
        <source>Take over the show</source>
        <translation>Reprendre le spectacle</translation>
    </message>
    <message>
        <source>Take over the show from {host}? This laptop becomes the show.</source>
        <translation>Reprendre le spectacle de {host} ? Cet ordinateur devient le spectacle.</translation>
    </message>
    <message>
        <source>Take over</source>
        <translation>Reprendre</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Top: the plan. Bottom: what happened and what is expected now. Dashed: the hard stop.</source>
        <translation>En haut : le plan. En bas : ce qui s&apos;est passé et ce qui est attendu. Tirets : la fin impérative.</translation>
    </message>
</context>
<context>
    <name>VenueRoom</name>
    <message>
        <source>venue: {problem}</source>
        <translation>site : {problem}</translation>
    </message>
    <message>
        <source>venue: online since {time}</source>
        <translation>site : en ligne depuis {time}</translation>
    </message>
    <message>
        <source>venue: offline</source>
        <translation>site : hors ligne</translation>
    </message>
</context>
<context>
    <name>VenueWindow</name>
    <message>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Reste</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Horaire</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Liaison</translation>
    </message>
    <message>
        <source>⚠ bad state: what this room publishes cannot be read</source>
        <extracomment>A row&apos;s colour by its trouble (net/venue_board.RoomRow.trouble), from the tables&apos; state colours.</extracomment>
        <translation>⚠ état illisible : ce que publie cette salle ne peut pas être lu</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>next: {title}</source>
        <translation>à suivre : {title}</translation>
    </message>
    <message>
        <source> (paused)</source>
        <translation> (en pause)</translation>
    </message>
    <message>
        <source>planned for {date}</source>
        <translation>prévu le {date}</translation>
    </message>
    <message>
        <source>⚠ OVER the hard stop by {time} (~{end})</source>
        <translation>⚠ DÉPASSE l&apos;heure de fin de {time} (~{end})</translation>
    </message>
    <message>
        <source>~{end} (hard stop {stop})</source>
        <translation>~{end} (fin impérative {stop})</translation>
    </message>
    <message>
        <source>✉ {count} unseen for {time}</source>
        <translation>✉ {count} non vus depuis {time}</translation>
    </message>
    <message>
        <source>⚠ should have started at {time} — not online</source>
        <translation>⚠ aurait dû commencer à {time} — hors ligne</translation>
    </message>
    <message>
        <source>not online yet — starts at {time}</source>
        <translation>pas encore en ligne — commence à {time}</translation>
    </message>
    <message>
        <source>no presence yet</source>
        <translation>pas encore de présence</translation>
    </message>
    <message>
        <source>taken over by {host} at {time}</source>
        <translation>repris par {host} à {time}</translation>
    </message>
    <message>
        <source>online since {time}</source>
        <translation>en ligne depuis {time}</translation>
    </message>
    <message>
        <source>■ OFFLINE since {time}</source>
        <translation>■ HORS LIGNE depuis {time}</translation>
    </message>
    <message>
        <source>Venue control · {venue}</source>
        <translation>Régie du site · {venue}</translation>
    </message>
    <message>
        <source>Rooms of the venue, worst trouble first</source>
        <translation>Salles du site, la plus en difficulté d&apos;abord</translation>
    </message>
    <message>
        <source>A message to the moderator…</source>
        <translation>Un message au modérateur…</translation>
    </message>
    <message>
        <source>Message to the moderator</source>
        <translation>Message au modérateur</translation>
    </message>
    <message>
        <source>Send to the selected room  [Ctrl+Return]</source>
        <translation>Envoyer à la salle choisie  [Ctrl+Entrée]</translation>
    </message>
    <message>
        <source>Send to every room</source>
        <translation>Envoyer à toutes les salles</translation>
    </message>
    <message>
        <source>Messages sent and who has seen them</source>
        <translation>Messages envoyés et qui les a vus</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyés</translation>
    </message>
    <message>
        <source>A message was seen</source>
        <translation>Un message a été vu</translation>
    </message>
    <message>
        <source>{room} is offline</source>
        <translation>{room} est hors ligne</translation>
    </message>
    <message>
        <source>{room} is over the hard stop</source>
        <translation>{room} dépasse l&apos;heure de fin</translation>
    </message>
    <message>
        <source>{room} has a message unseen for a minute</source>
        <translation>{room} a un message non vu depuis une minute</translation>
    </message>
    <message>
        <source>{room} should have started at {time} and is not online</source>
        <translation>{room} aurait dû commencer à {time} et n&apos;est pas en ligne</translation>
    </message>
    <message>
        <source>venue: {problem}</source>
        <translation>site : {problem}</translation>
    </message>
    <message>
        <source>broker online</source>
        <translation>courtier en ligne</translation>
    </message>
    <message>
        <source>broker offline: reconnecting</source>
        <translation>courtier hors ligne : reconnexion</translation>
    </message>
    <message>
        <source>{broker} · {rooms} rooms</source>
        <translation>{broker} · {rooms} salles</translation>
    </message>
    <message>
        <source>Select a room first (or send to every room)</source>
        <translation>Choisissez d&apos;abord une salle (ou envoyez à toutes)</translation>
    </message>
    <message>
        <source>every room</source>
        <translation>toutes les salles</translation>
    </message>
    <message>
        <source>✓ seen {time}</source>
        <translation>✓ vu à {time}</translation>
    </message>
    <message>
        <source>○ not yet seen</source>
        <translation>○ pas encore vu</translation>
    </message>
    <message>
        <source>seen in {count} of {rooms} rooms</source>
        <translation>vu dans {count} salles sur {rooms}</translation>
    </message>
</context>
</TS>
