/**
 * Types, permissions and pure domain maths shared by the Zooport frontend and backend.
 *
 * @packageDocumentation
 */

export * from './health';
