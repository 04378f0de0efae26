/** The demo province: Lạng Sơn, a border province whose 2019 plan is among the sample documents. */
export const DEMO_PROVINCE_CODE = '20';
/** Lạng Sơn borders China: it has a Border Guard command. */
export const DEMO_PROVINCE_HAS_BORDER = true;
