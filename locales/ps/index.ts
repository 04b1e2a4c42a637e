// Every namespace of this language's strings (locales/index.ts registers this folder for its registry code).
import api from './api.json' with { type: 'json' };
import common from './common.json' with { type: 'json' };
import content from './content.json' with { type: 'json' };
import dashboard from './dashboard.json' with { type: 'json' };
import report from './report.json' with { type: 'json' };
import staff from './staff.json' with { type: 'json' };
import statistics from './statistics.json' with { type: 'json' };

export default { common, report, staff, api, content, dashboard, statistics };
