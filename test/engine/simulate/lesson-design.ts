// The design of the task-1 lesson as a model: one HAProxy, two hosts each running Nginx + an application server.
import type { SimModel } from '../../../src/engine/simulate/model.ts';
import { modelOfText } from './sim-fixtures.ts';

/** Copied from content/tasks/1-distributed-web-infrastructure.mdx (primary on Server 1, replica on Server 2). */
export const TASK1_LESSON = `\`\`\`mermaid
flowchart TD
  U[User browser] -->|DNS query for www.foobar.com| DNS[DNS: www A record 8.8.8.8]
  U -->|HTTP over TCP/IP to 8.8.8.8| LB
  subgraph S3 [Server 3: load balancer 8.8.8.8]
    LB[HAProxy load balancer]
  end
  subgraph S1 [Server 1]
    WEB1[Nginx web server 1] -->|proxy_pass| APP1[Application server 1]
    APP1 --> CODE1[Code base]
    DB1[(MySQL primary)]
  end
  subgraph S2 [Server 2]
    WEB2[Nginx web server 2] -->|proxy_pass| APP2[Application server 2]
    APP2 --> CODE2[Code base]
    DB2[(MySQL replica)]
  end
  LB -->|HTTP, round robin| WEB1
  LB -->|HTTP, round robin| WEB2
  APP1 -->|writes| DB1
  APP2 -->|writes| DB1
  APP1 -->|reads| DB2
  APP2 -->|reads| DB2
  DB1 -->|async replication via binary log| DB2
\`\`\`
`;

export function lessonModel(): Promise<SimModel> {
  return modelOfText(TASK1_LESSON);
}
