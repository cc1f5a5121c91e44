// Phrasings written for this test, not taken from the corpus: how a learner might answer each question,
// in English, French and Spanish, with a keyword alone or a wrong record type as failing answers.
import { describe, expect, it } from 'vitest';
import { splitSubmission } from '../../../src/engine/ingest/blocks.ts';
import { gradeProse } from '../../../src/engine/prose/grade-prose.ts';
import { loadConcepts } from '../../../src/platform/node-rubrics.ts';

const concepts = loadConcepts();

const CASES: readonly (readonly [string, string, 'pass' | 'fail'])[] = [
  [
    's1.explain.algorithm',
    '## Algorithm\nHAProxy is configured with round robin: each new request goes to the next server in the list, one after the other.',
    'pass',
  ],
  ['s1.explain.algorithm', '## Algorithm\nRound robin.', 'fail'],
  [
    's1.explain.active-mode',
    '## Active-Active or Active-Passive\nOur setup is active-active: both servers receive traffic at the same time. In active-passive, the second server only takes over when the first one fails.',
    'pass',
  ],
  // The mode named alone after 'It is', under the question copied as a heading.
  [
    's1.explain.active-mode',
    '## Is your load-balancer enabling an Active-Active or Active-Passive setup\nIt is **Active-Active**. In active-active, all servers are live and serve requests at the same time; in active-passive one server waits and takes over when the active one fails.',
    'pass',
  ],
  [
    's1.explain.active-mode',
    '## Modes\nIt is important to know active-active: all servers serve at the same time. In active-passive one server waits and takes over when the active one fails.',
    'fail',
  ],
  // A probe's wordings: a server 'thought of as' a computer, leader/follower, round robin walked through.
  [
    's0.explain.server',
    '## Basics\nI think of a server as just a computer, real hardware or a VM, whose job is to provide a service to other computers (clients) that ask for it.',
    'pass',
  ],
  [
    's0.explain.server',
    '## Basics\nA server, in my view, is a machine that answers the requests of clients over a network.',
    'pass',
  ],
  [
    's1.explain.primary-replica',
    '## Database\nThe leader writes every change to its binary log; the follower pulls that log and replays the changes so it holds the same data.',
    'pass',
  ],
  [
    's1.explain.primary-vs-replica',
    "## Base de données\nL'application envoie toutes les écritures au principal ; le secondaire est en lecture seule et ne sert qu'aux lectures.",
    'pass',
  ],
  [
    's1.explain.algorithm',
    '## Algorithm\nHAProxy uses round robin: first to server A, next to server B, then back to A, and so on.',
    'pass',
  ],
  ['s1.explain.algorithm', '## Algorithm\nRound robin, least connections and so on.', 'fail'],
  // Reads and writes both on the primary, the replica 'only a backup': the application does not read from it.
  [
    's1.explain.primary-vs-replica',
    '## Primary vs replica\nThe application reads and writes through the primary node; the replica node is only a backup copy.',
    'fail',
  ],
  // A server defined as a server says nothing of what it is.
  ['s0.explain.server', '## Server\nA server is the server that hosts the website.', 'fail'],
  [
    's0.explain.server',
    '## Server\nA server is a machine that waits for requests from clients and serves them.\n\n## Application server\nThe application server is the server for the application.',
    'pass',
  ],
  [
    's0.explain.server',
    '## Server\nA server is a computer, physical or virtual, that serves requests from clients; the web server is one program on it.',
    'pass',
  ],
  // HAProxy's `first` algorithm, and a server defined with its address between the word and the verb.
  [
    's1.explain.algorithm',
    '## Algorithm\nHAProxy uses the first algorithm (balance first): it sends every request to the first server in its list that still has free connection slots.',
    'pass',
  ],
  [
    's0.explain.server',
    '## Basics\nThe server at 8.8.8.8 is a computer (physical or virtual) whose job is to provide services to other computers, the clients.',
    'pass',
  ],
  // The missing monitoring said by its effect, after the word as a label.
  [
    's1.issue.monitoring',
    '## Issues\n8. **Monitoring.** None: failures and overloads would go unnoticed.',
    'pass',
  ],
  [
    's1.issue.monitoring',
    '## Issues\nMonitoring tools make sure that failures never go unnoticed.',
    'fail',
  ],
  // A server defined in apposition: 'the server, a computer ... whose job is to provide services'.
  [
    's0.explain.server',
    '## Basics\nAt 8.8.8.8 sits the server, a computer (physical or virtual) whose job is to provide services to other computers, the clients.',
    'pass',
  ],
  // A state of the server is no definition of it.
  [
    's0.explain.server',
    '## Issues\nThe single server is overwhelmed and there is no other server to share the load.',
    'fail',
  ],
  // French and Spanish from a probe: least connections and an IP hash explained, 'Modo:', 'on lit sur la
  // réplique', a server 'en veille'; and 'Nothing monitors the servers'.
  [
    's1.explain.algorithm',
    '## Algorithme\nHAProxy utilise « least connections » : à chaque nouvelle connexion, il choisit le serveur qui a le moins de connexions ouvertes.',
    'pass',
  ],
  [
    's1.explain.active-mode',
    '## Balanceador\nModo: activo-activo, los dos servidores atienden tráfico a la vez. En activo-pasivo, uno espera y toma el relevo si el otro falla.',
    'pass',
  ],
  [
    's1.explain.primary-vs-replica',
    '## Primaire et réplique\nOn écrit uniquement sur le primaire et on lit sur la réplique, car la réplique refuse les écritures.',
    'pass',
  ],
  [
    's1.issue.monitoring',
    '## Issues\n**Monitoring.** Nothing monitors the servers; we would learn of an outage from users.',
    'pass',
  ],
  // SSL termination's issue is the plaintext behind the load balancer, not the CPU cost of decryption.
  [
    's2.issue.ssl-termination',
    '## Issues\n**SSL termination at the load balancer:** an issue because the load balancer has to do the decryption work, which uses a lot of CPU.',
    'fail',
  ],
  [
    's2.issue.ssl-termination',
    '## Issues\n**SSL termination at the load balancer:** the traffic is decrypted at the load balancer, so it travels between the load balancer and the web servers as plain HTTP.',
    'pass',
  ],
  // The mode alone as the first answer under the question, or after 'Here:'; a list of definitions is no choice.
  [
    's1.explain.active-mode',
    '## Is your load-balancer enabling an Active-Active or an Active-Passive setup?\nActive-Active. Both servers are in the pool and serve users simultaneously.\nActive-passive: one node works, the other waits and takes over when the active node fails.',
    'pass',
  ],
  [
    's1.explain.active-mode',
    '## Active-Active or Active-Passive\n- Here: **active-active**, both servers receive traffic at the same time.\n- Active-passive: one node handles the traffic, the other waits on standby and takes over if the first fails.',
    'pass',
  ],
  [
    's1.explain.active-mode',
    '## Active-Active vs Active-Passive\n- Active-Active: both servers receive traffic at the same time.\n- Active-Passive: one node handles the traffic, the other waits on standby.',
    'fail',
  ],
  [
    's1.explain.active-mode',
    '## Load balancing\nThe two servers run **Active-Active**: HAProxy sends live traffic to both at once. In an **Active-Passive** design, the passive server receives no traffic and is only promoted when the active one goes down.',
    'pass',
  ],
  // The mode as a tag after the description, or leading the first answer under the question.
  [
    's1.explain.active-mode',
    '## Load balancer\nBoth servers handle requests at the same time (Active-Active). In active-passive, the second server waits and takes over only when the first fails.',
    'pass',
  ],
  [
    's1.explain.active-mode',
    '## Is your load-balancer enabling an Active-Active or Active-Passive setup?\nActive-Active: both servers are serving requests simultaneously.\nIn Active-Passive, one server waits on standby and takes over when the active one fails.',
    'pass',
  ],
  [
    's1.explain.active-mode',
    '## Modes\nIn active-active (both at once) all servers serve. In active-passive one server waits on standby and takes over when the active one fails.',
    'fail',
  ],
  // Active-active defined as one server handling all the traffic while the other waits: the definitions swapped.
  [
    's1.explain.active-mode',
    '## Active-Active or Active-Passive?\nOur setup is active-active. In an active-active setup one server handles all the traffic while the other stays idle on standby and only takes over when the first one fails. In active-passive both servers would be receiving traffic at the same time.',
    'fail',
  ],
  [
    's1.explain.active-mode',
    '## Active-Active or Active-Passive?\nOur setup is active-active: the load balancer splits all the traffic between both servers. In active-passive one server stays idle on standby and takes over when the first one fails.',
    'pass',
  ],
  // The replica said to take the writes and copy them to the primary: the cluster described backwards.
  [
    's1.explain.primary-replica',
    '## How a primary-replica cluster works\nThe replica is the node that accepts the write queries. Every change made on the replica is written in its binary log and then copied to the primary, which replays the changes.',
    'fail',
  ],
  [
    's1.explain.primary-replica',
    '## How a primary-replica cluster works\nThe replica handles read queries while write queries go to the primary. The primary writes every change to its binary log and the replica copies it.',
    'pass',
  ],
  [
    's1.explain.primary-replica',
    '## How the primary-replica cluster works\nThe primary records every change in its binary log; the replica copies that log and replays it, so it holds the same data a little later.',
    'pass',
  ],
  [
    's1.explain.primary-vs-replica',
    '## Primary vs replica\nThe application sends all writes (INSERT, UPDATE) to the primary and reads from the replica.',
    'pass',
  ],
  // The question restated is no answer; data collected and sent on to the monitoring system is one.
  [
    's2.explain.collection',
    '## How the monitoring tool collects data\nThe monitoring tool collects data.\n\n## How to monitor QPS\nWe monitor it.',
    'fail',
  ],
  [
    's2.explain.collection',
    '## Monitoring\nA small client on each server collects the data and sends it to the monitoring system.',
    'pass',
  ],
  // A French list of SPOFs names the load balancer as 'répartiteur de charge' and the primary as 'Primaire'.
  [
    's1.issue.spof',
    "## Problèmes\n- **SPOF :** le répartiteur de charge unique et la base Primaire (plus d'écritures possibles si elle tombe).",
    'pass',
  ],
  // French and Spanish as natives write them: the verb 'monter en charge', 'tiempo de inactividad', 'fonctionne en'.
  [
    's0.issue.scaling',
    '## Problèmes\n**Impossible de monter en charge :** si le trafic explose, une seule machine ne suffit plus.',
    'pass',
  ],
  [
    's0.issue.downtime',
    '## Problemas\n**Tiempo de inactividad por mantenimiento:** cada vez que se despliega código nuevo hay que reiniciar el servidor web, y mientras tanto el sitio no está disponible.',
    'pass',
  ],
  [
    's1.explain.active-mode',
    "## Actif-actif ou actif-passif\nIci l'équilibreur fonctionne en actif-actif : les deux serveurs reçoivent du trafic en même temps. En actif-passif, un seul serveur travaille et l'autre attend en secours.",
    'pass',
  ],
  // Non-native English: 'who is giving a service'.
  [
    's0.explain.server',
    '## Server\nA server is a computer, physical or virtual, who is giving a service to other computer (clients) trough the network.',
    'pass',
  ],
  // Components that share one machine's resources slow each other down: the identical-servers issue in plain words.
  [
    's2.issue.identical-servers',
    '## Issues\nEvery server runs the same components: they share the same CPU and memory and slow each other down.',
    'pass',
  ],
  // A SPOF announced, not named, takes no place from the section before it.
  [
    's1.issue.spof',
    '# Design\n## Primary vs replica\nThe replica is used only for reads, which takes load off the primary.\n\n## Issues\n- **SPOF:** There are single points of failure in this infrastructure.',
    'fail',
  ],
  // Bold labels lead their reasons: the label names the element, the text after it says why.
  [
    's1.explain.why-elements',
    "## Pourquoi\n- **Équilibreur de charge (HAProxy)** : il reçoit tout le trafic de www.foobar.com et le répartit entre les deux serveurs, pour qu'aucun ne soit surchargé.\n- **Deuxième serveur (web + application + code)** : il double la capacité de traitement et apporte de la redondance.",
    'pass',
  ],
  // One long sentence says both that a second HAProxy is added and why.
  [
    's3.explain.why-elements',
    '## Why\n1. **HAProxy cluster:** we add a second HAProxy and cluster it with the first (active-passive with keepalived and a virtual IP), so the load balancer is no longer a single point of failure: if one dies, the other takes over.\n2. **Split:** web, application and database servers are separated so each gets its own CPU and memory.',
    'pass',
  ],
  // Modes defined the wrong way round fail.
  [
    's1.explain.active-mode',
    '## Active-Active or Active-Passive\nOur setup is active-active. Active-passive means both servers receive traffic at the same time. Active-active means one server works and the other one is on standby.',
    'fail',
  ],
  [
    's1.explain.active-mode',
    '## Active-Active or Active-Passive\nNuestra configuración es activo-activo. En activo-activo, un servidor trabaja y el otro espera en reserva. En activo-pasivo, los dos servidores reciben tráfico a la vez.',
    'fail',
  ],
  [
    's1.explain.active-mode',
    '## Active-Active or Active-Passive\nOur setup is active-active: both servers take requests at once, and if one fails the other keeps serving. Active-passive keeps one server on standby.',
    'pass',
  ],
  // Swapped roles fail; writes a primary copies to the replica, or a hedge, do not.
  [
    's1.explain.primary-vs-replica',
    '## Primary vs replica\nThe application sends its writes to the replica and reads from the primary.',
    'fail',
  ],
  [
    's1.explain.primary-vs-replica',
    '## Primary vs replica\nThe app writes to the primary, which replicates the writes to the replica; reads go to the replica.',
    'pass',
  ],
  [
    's1.explain.primary-vs-replica',
    '## Primario y réplica\nLa aplicación manda las escrituras a la réplica y lee del primario.',
    'fail',
  ],
  [
    's2.explain.qps',
    '## Monitoring QPS\nTo monitor the QPS of the web server, we enable the nginx stub_status module and the agent collects the request count every minute.',
    'pass',
  ],
  [
    's2.issue.ssl-termination',
    '## Issues\nSSL is terminated at the load balancer, so the traffic between the load balancer and the servers is not encrypted.',
    'pass',
  ],
  [
    's0.explain.dns-record',
    '## DNS record\nThe www record of foobar.com is an A record that points to 8.8.8.8.',
    'pass',
  ],
  ['s0.explain.dns-record', '## DNS record\nwww is a CNAME.', 'fail'],
  [
    's2.issue.single-writer',
    '## Issues\nOnly the primary MySQL server can accept writes: if it goes down, the site cannot write any data until a replica is promoted.',
    'pass',
  ],
  [
    's3.explain.web-vs-app',
    '## Web server vs application server\nThe web server serves static content such as HTML and images, while the application server runs the code that generates dynamic content.',
    'pass',
  ],
  ['s2.explain.firewall', '## Firewalls\nFirewall.', 'fail'],
  [
    's2.explain.firewall',
    '## Firewalls\nA firewall filters incoming and outgoing traffic according to rules and blocks unauthorized access.',
    'pass',
  ],
  [
    's0.explain.server',
    "## What is a server\nUn serveur est un ordinateur qui fournit des services à d'autres ordinateurs, les clients, via le réseau.",
    'pass',
  ],
  [
    's1.issue.monitoring',
    '## Issues\nThere is no monitoring, so we cannot know when a server is down.',
    'pass',
  ],
  [
    's0.issue.spof',
    '- SPOF: if the only server crashes, the whole website is unavailable.',
    'pass',
  ],
  [
    's0.issue.downtime',
    '- Downtime when maintenance is needed: deploying new code requires restarting Nginx, so the site is down meanwhile.',
    'pass',
  ],
  [
    's0.issue.scaling',
    '- Cannot scale: a single server cannot handle too much incoming traffic.',
    'pass',
  ],
  [
    's1.issue.security',
    '## Security issues\n- No firewall protects the servers.\n- No HTTPS: data travels in clear text.',
    'pass',
  ],
  ['s1.issue.security', '## Security issues\n- No firewall protects the servers.', 'fail'],
  [
    's1.issue.spof',
    '## SPOF\nThe load balancer and the primary database are single points of failure.',
    'pass',
  ],
  [
    's2.explain.https',
    '## Why HTTPS\nHTTPS encrypts the traffic between the user and the site so nobody can read or modify it.',
    'pass',
  ],
  [
    's2.explain.monitoring',
    '## Monitoring\nMonitoring lets us see the health and performance of the servers and get alerts when something goes wrong.',
    'pass',
  ],
  [
    's2.explain.collection',
    '## How data is collected\nAn agent installed on each server collects logs and metrics and sends them to Sumo Logic.',
    'pass',
  ],
  [
    's2.issue.identical-servers',
    '## Issues\nEach server has the same components (web, app and database), so they compete for CPU and memory and cannot be scaled independently.',
    'pass',
  ],
  [
    's3.explain.why-elements',
    '## Why\n- A second load balancer is added as a cluster so the load balancer is no longer a single point of failure.\n- Web, application and database servers are split onto their own servers so each tier can scale independently.',
    'pass',
  ],
  [
    's1.explain.why-elements',
    '## Why\n- The load balancer distributes the traffic between the two servers.\n- The second server adds redundancy.\n- The replica gives a copy of the data and serves reads.',
    'pass',
  ],
  [
    's0.explain.domain',
    '## Domain name\nThe domain name is a human-readable name that DNS translates into the IP address of the server.',
    'pass',
  ],
  [
    's0.explain.communication',
    "## Communication\nThe server communicates with the user's computer over the Internet using TCP/IP and HTTP.",
    'pass',
  ],
  [
    's0.explain.web-server',
    '## Web server\nNginx handles HTTP requests, serves static files and forwards dynamic requests to the application server.',
    'pass',
  ],
  [
    's0.explain.app-server',
    '## Application server\nIt runs the application code and generates dynamic content.',
    'pass',
  ],
  ['s0.explain.database', '## Database\nMySQL stores the data of the website.', 'pass'],
  [
    's1.explain.algorithm',
    '## Algoritmo\nEl balanceador usa Round Robin: envía cada petición al siguiente servidor en orden.',
    'pass',
  ],
  // The single point of failure said without the term, and a sentence that names a server but no loss.
  [
    's0.issue.spof',
    '## Issues\n(1) If that one server goes down, the entire site goes down with it: nothing else can answer.',
    'pass',
  ],
  ['s0.issue.spof', '## Issues\nThe one server runs Nginx, the application and MySQL.', 'fail'],
  [
    's1.issue.spof',
    '## Issues\nHAProxy is the only way in: if that one box goes down, no visitor can reach either back-end machine.',
    'pass',
  ],
  [
    's0.issue.scaling',
    '## Issues\nA single box has a hard ceiling on how many requests it can serve.',
    'pass',
  ],
  [
    's1.issue.monitoring',
    '## Issues\nNobody is watching: no metrics or logs are collected.',
    'pass',
  ],
  // Learners' spellings: compounds written as one word, and misspellings listed in concepts.yaml.
  [
    's1.issue.spof',
    '## Issues\nSPOF: the loadbalancer is alone, if he crash nobody can go on the site.',
    'pass',
  ],
  [
    's1.issue.security',
    '## Issues\nsecurty: no firewal so the servers are open to everybody, and no https so the trafic is not encrypted.',
    'pass',
  ],
  // What monitoring is for, answered in a table; how QPS is read (stub_status) is not that answer.
  [
    's2.explain.monitoring',
    '| Question | Answer |\n|---|---|\n| What is monitoring used for? | To know at all times whether the site is up and how well it performs. |',
    'pass',
  ],
  [
    's2.explain.monitoring',
    '## How to monitor the web server QPS\nWe count the lines of the access log per second, or we poll the Nginx stub_status page.',
    'fail',
  ],
  // Tiers named by their products, with reasons in plain words.
  [
    's3.explain.why-elements',
    '## Why\nA second HAProxy joins the first in a cluster so the load balancer is no longer a single point of failure.\n\nNginx on a machine of its own: its work no longer steals CPU or RAM from the code or the data store.',
    'pass',
  ],
  [
    's3.explain.web-vs-app',
    '## Web server and application server\nNginx is the part that talks the web protocol to browsers and hands out files. Gunicorn runs the application code and builds the dynamic pages.',
    'pass',
  ],
  [
    's0.explain.server',
    '## What is a server?\nA server is a physical or virtual computer that runs programs providing services to other computers called clients.',
    'pass',
  ],
  [
    's1.explain.active-mode',
    '## Activo-activo o activo-pasivo\nEs **activo-activo**: los dos servidores reciben tráfico a la vez. En activo-pasivo solo un nodo atiende el tráfico y el otro espera para tomar el relevo si el activo falla.',
    'pass',
  ],
];

describe('prose grading beyond the corpus', () => {
  it.each(CASES)('%s: %j is %s', (id, text, expected) => {
    expect(gradeProse(id, splitSubmission(text).sections, concepts).verdict).toBe(expected);
  });
});
