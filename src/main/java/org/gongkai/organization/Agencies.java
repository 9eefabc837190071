package org.gongkai.organization;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface Agencies extends JpaRepository<Agency, String> {

  List<Agency> findAllByOrderByCode();
}
