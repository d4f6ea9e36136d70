export type RunnerKind = "standard" | "enterprise";
export type SecurityGroupRole = "environment" | "runner";

/** The run's settings that rules may read (input.config in Rego). */
export interface RunConfig {
  runner: RunnerKind;
  region?: string;
  accountId?: string;
  /** The runner VPC's CIDR blocks, when the inputs do not define the VPC. */
  vpcCidrs?: string[];
  /** Security-group id (sg-… or CloudFormation logical id) → role. */
  securityGroupRoles?: Record<string, SecurityGroupRole>;
  /**
   * Proxy settings given on the command line (--https-proxy, --http-proxy, --no-proxy), judged as
   * one more environment of the runner, located at "<command line>".
   */
  proxy?: { httpProxy?: string; httpsProxy?: string; noProxy?: string };
  /** The runner's IAM role ARN (aws:PrincipalARN in SCP conditions); unknown when absent. */
  runnerRoleArn?: string;
}
