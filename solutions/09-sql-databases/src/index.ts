export type { Db, Row, RunResult, Statement } from './_db.ts';
export { TransferError, MigrationError } from './_errors.ts';
export { SHOP_TABLES, SHOP_SAMPLE, COMPANY_SCHEMA, COMPANY_SAMPLE, USERS_SCHEMA, BANK_SCHEMA } from './_fixtures.ts';
export { schemaDDL } from './schema.ts';
export { monthlyRevenue, productsNeverOrdered, topCustomersByRevenue } from './joins-aggregates.ts';
export { productRanks, runningTotals, topProductsPerCategory } from './window-functions.ts';
export { bomTotals, orgChartDepth } from './recursive-cte.ts';
export { findUserByEmail, findUsersByNamePrefix, type User } from './parameterized.ts';
export { transfer } from './transactions.ts';
