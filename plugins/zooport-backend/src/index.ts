/**
 * The Zooport backend plugin: support desks, rotations, requests and the
 * knowledge base, served under `/api/zooport`.
 *
 * @packageDocumentation
 */

export { zooportPlugin as default } from './plugin';
