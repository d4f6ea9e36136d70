package runnerlint.egress.vpc_endpoint_test

import data.runnerlint.egress.allowlist
import data.runnerlint.egress.fixtures_test as fx
import data.runnerlint.egress.vpc_endpoint
import data.runnerlint.lib.test

verdicts(net) := v if {
	v := vpc_endpoint.verdicts with input as net with data.runnerlint.catalogue as fx.catalogue
}

required(net) := v if {
	v := allowlist.verdicts with input as net with data.runnerlint.catalogue as fx.catalogue
}

endpoint(service, extra) := object.union(
	{
		"id": "vpce-1",
		"serviceName": concat("", ["com.amazonaws.us-east-1.", service]),
		"type": "Interface",
		"privateDns": true,
		"location": fx.at(70),
	},
	extra,
)

# A firewall that allows only Gitpod's names.
firewall(endpoints) := fx.network({
	"firewalls": [fx.policy([], [fx.ref("allow", 1, 5)], "STRICT_ORDER", ["aws:drop_established"])],
	"firewallRuleGroups": [fx.group("allow", fx.domain_list("ALLOWLIST", [".gitpod.io"], ["TLS_SNI"], 20))],
	"vpcEndpoints": endpoints,
})

test_endpoint_turns_the_missing_amazonaws_rule_into_a_note if {
	verdicts(firewall([endpoint("ec2", {})])) == {{
		"rule": "egress/vpc-endpoint",
		"requirement": "aws.ec2",
		"status": "unknown",
		"messageId": "endpoint_covers",
		"params": {
			"requirement": "aws.ec2",
			"protocol": "TCP",
			"port": 443,
			"destination": "ec2.<region>.amazonaws.com",
			"policy": "egress",
			"group": "allow",
			"rule": "TLS_SNI",
			"action": "drop",
			"target": null,
			"endpoint": "vpce-1",
			"serviceName": "com.amazonaws.us-east-1.ec2",
			"blockedBy": "nfw_list_default",
		},
		"location": fx.at(20),
		"resource": fx.policy([], [], "", []).id,
	}}

	# and egress/allowlist no longer reports it
	{v | some v in required(firewall([endpoint("ec2", {})])); v.requirement == "aws.ec2"} == set()
	{v.status | some v in required(firewall([])); v.requirement == "aws.ec2"} == {"violated"}
}

test_ecr_registry_endpoint if {
	{v.requirement | some v in verdicts(firewall([endpoint("ecr.dkr", {})]))} == {"aws.ecr"}
	{v.requirement | some v in verdicts(firewall([endpoint("ecr.api", {})]))} == set()
}

test_no_private_dns_no_note if {
	verdicts(firewall([endpoint("ec2", {"privateDns": false})])) == set()
	verdicts(firewall([endpoint("ec2", {"type": "GatewayLoadBalancer"})])) == set()
}

test_gitpod_services_still_need_the_internet_path if {
	net := firewall([endpoint("ec2", {})])
	{v.requirement | some v in verdicts(net)} == {"aws.ec2"}
	{v.status | some v in required(net); v.requirement == "gitpod.gateway-udp"; v.status != "not-applicable"} == {"violated"}
}

# A security group that lets TCP 443 out only into the VPC: an interface endpoint (addresses in
# the VPC) may serve the API; a gateway endpoint does not help, since the instance still sends its
# packets to the service's public addresses, which the group blocks.
vpc_only := fx.network({"securityGroups": [object.union(test.sg("Env", "environment", 10), {"egress": [test.tcp(443, 443, test.cidr("10.8.0.0/16"), 12)]})]})

test_gateway_endpoint_does_not_lift_a_security_group_block if {
	interface := object.union(vpc_only, {"vpcEndpoints": [endpoint("ec2", {})]})
	{[v.status, v.params.blockedBy] | some v in verdicts(interface); v.requirement == "aws.ec2"} == {["unknown", "sg_blocks_hosts"]}
	gateway := object.union(vpc_only, {"vpcEndpoints": [endpoint("ec2", {"type": "Gateway"})]})
	verdicts(gateway) == set()
	{[v.status, v.messageId] | some v in required(gateway); v.requirement == "aws.ec2"} == {["violated", "sg_blocks_hosts"]}
}
