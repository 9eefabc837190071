package org.gongkai.organization;

import java.util.Collection;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Staff log in with their username and password; their roles become authorities. */
@Configuration(proxyBeanMethods = false)
class StaffAccounts {

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  @Bean
  UserDetailsService staffUserDetails(StaffMembers staffMembers, LoginThrottle throttle) {
    return username ->
        staffMembers
            .findById(username)
            .map(
                staff ->
                    User.withUsername(staff.username())
                        .password(staff.passwordHash())
                        .disabled(!staff.enabled())
                        .accountLocked(throttle.isLocked(staff.username()))
                        .authorities(authorities(staff))
                        .build())
            .orElseThrow(() -> new UsernameNotFoundException(username));
  }

  private static Collection<GrantedAuthority> authorities(Staff staff) {
    List<GrantedAuthority> authorities = new java.util.ArrayList<>();
    staff.roles().forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
    return authorities;
  }
}
