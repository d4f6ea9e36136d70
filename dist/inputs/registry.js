import { cloudFormationLoader } from "./cloudformation/loader.js";
import { cloudFormationOrganizationsLoader, scpFileLoader } from "./scp/loaders.js";
import { snapshotLoader } from "./scp/snapshot.js";
import { describeSecurityGroupsLoader, describeVpcsLoader } from "./securitygroup/describe-security-groups.js";
import { dotenvLoader } from "./dotenv/loader.js";
import { networkFirewallLoader } from "./network-firewall/exports.js";
import { describeNetworkAclsLoader } from "./nacls/describe-network-acls.js";
import { squidLoader } from "./squid/squid-conf.js";
import { iptablesSaveLoader } from "./iptables/iptables-save.js";
import { cloudFormationProxyLoader } from "./proxy/cloudformation.js";
import { terraformLoader, terraformOrganizationsLoader, terraformProxyLoader, terraformSourceLoader, terraformSourceOrganizationsLoader, terraformSourceProxyLoader, } from "./terraform/loader.js";
// The organization loaders come first: a template with AWS::Organizations::Policy resources is an
// organization input, not a network one.
export const loaders = [
    terraformOrganizationsLoader,
    terraformLoader,
    terraformSourceOrganizationsLoader,
    terraformSourceLoader,
    snapshotLoader,
    cloudFormationOrganizationsLoader,
    scpFileLoader,
    cloudFormationLoader,
    describeSecurityGroupsLoader,
    describeVpcsLoader,
    describeNetworkAclsLoader,
    networkFirewallLoader,
    squidLoader,
    iptablesSaveLoader,
    dotenvLoader,
];
// Companions read a file that another loader claimed, for another input kind: a template's proxy
// settings (ECS environments, UserData, stack parameters) become a proxy input next to its network
// or organization input, and a template with AWS::Organizations::Policy resources that also
// defines security groups gets its network input too.
export const companionLoaders = [
    cloudFormationLoader,
    cloudFormationProxyLoader,
    terraformLoader,
    terraformProxyLoader,
    terraformSourceLoader,
    terraformSourceProxyLoader,
];
//# sourceMappingURL=registry.js.map