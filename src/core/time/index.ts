// Qingdan's Chinese time-expression reader (Asia/Shanghai, fixed +08:00).
export { localParts } from './clock.js';
export { hasTimeExpression, type ReadOptions, readTime, type TimeReading } from './read-time.js';
export { addWorkdays, isRestDayOrNight, isWorkday } from './workdays.js';
