/**
 * Named access policies: {@code @PreAuthorize} meta-annotations such as {@link
 * cn.gov.lyg.enforcement.platform.security.policy.SupervisorsOnly} or {@link
 * cn.gov.lyg.enforcement.platform.security.policy.CatalogAdminsOnly}, used instead of SpEL strings on every endpoint
 * and service method. Each one names who may call; the data scope (which agency or region) is then checked by the
 * service ({@code DataScope}, {@code ScopeCriteria}), and records outside it answer 404.
 *
 * <p>Put the policy on the controller method (authorization is then decided before the body is validated, by
 * {@link cn.gov.lyg.enforcement.platform.security.policy.AccessPolicyInterceptor}) and on the service method it
 * calls (so that no other caller bypasses it). A new policy is a new annotation here, meta-annotated with
 * {@link cn.gov.lyg.enforcement.platform.security.policy.AccessPolicy} and {@code @PreAuthorize} with a role-only
 * expression; expressions that read method arguments stay plain {@code @PreAuthorize} on the service.
 */
package cn.gov.lyg.enforcement.platform.security.policy;
