export * from './paper';
export * from './profile';
export * from './ids';
