// Vitest setup shared by every test file: nothing beyond fake-indexeddb, loaded before this file.
export {};
