import type { RunConfig, SecurityGroupRole } from "./config.js";
import type { Location, Maybe, Unknown } from "./location.js";

/**
 * The normalized network model: what every network loader (CloudFormation, describe-security-groups
 * exports, ...) produces and what the `runnerlint/main/network` entrypoint reads as `input`.
 * schemas/input/network.schema.json is the same contract as JSON Schema.
 */
export interface NetworkInput {
  kind: "network";
  config: RunConfig;
  /** Parameter values of the CloudFormation condition scenario this model was built under. */
  scenario?: Record<string, string>;
  /** Set when the scenario expansion hit its cap: verdicts cannot be complete. */
  truncated?: string;
  vpcs: Vpc[];
  securityGroups: SecurityGroup[];
}

export interface Vpc {
  id: string;
  cidrs: Maybe<string>[];
  location: Location;
  condition?: Unknown;
}

export interface SecurityGroup {
  /** sg-… for exports, the logical id for CloudFormation. */
  id: string;
  name?: Maybe<string>;
  description?: Maybe<string>;
  /** vpc-… or the logical id of an AWS::EC2::VPC in the same template. */
  vpc?: Maybe<string>;
  tags: Record<string, Maybe<string>>;
  /** Role from the config; Rego reads the runnerlint:role tag itself. */
  configRole?: SecurityGroupRole;
  location: Location;
  ingress: SgRule[];
  egress: SgRule[];
  /**
   * True when AWS adds its default allow-all egress rule: a CloudFormation group with no egress
   * rules at all (inline or standalone). Exports list that rule explicitly instead.
   */
  implicitEgress: boolean;
  /** Present when the group exists only under a condition that could not be resolved. */
  condition?: Unknown;
}

export type Peer =
  | { kind: "cidr4"; cidr: string }
  | { kind: "cidr6"; cidr: string }
  | { kind: "group"; group: string }
  | { kind: "prefix-list"; id: string }
  | { kind: "unknown"; reason: string };

export interface SgRule {
  /** As written, lower-cased: "tcp", "6", "udp", "17", "-1", "all", "icmp", "58", ... */
  protocol: Maybe<string>;
  fromPort?: Maybe<number>;
  toPort?: Maybe<number>;
  /** Source for ingress, destination for egress. */
  peer: Peer;
  description?: string;
  location: Location;
  condition?: Unknown;
}
